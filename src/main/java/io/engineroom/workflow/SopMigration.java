package io.engineroom.workflow;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.workflow.MigrationPreview.InstanceCheck;
import io.engineroom.workflow.MigrationReport.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances of one SOP version to another with Camunda's migration API, for SOP owners: only
 * instances of the caller's brands (an administrator's: all).
 *
 * <p>The plan maps activities with equal ids and updates their event triggers (timers, messages). Instructions
 * Camunda refuses are reported and left out, so the rest of the plan still applies. Whether one instance can move
 * is found by migrating it for real inside a transaction that is then rolled back: Camunda validates the instance
 * against the plan (active activities without an instruction, unsupported scopes…) exactly as the real migration
 * would, and its report says why not. The migration itself runs instance by instance, each in its own
 * transaction, so one refusal does not stop the others. Both run with nobody signed in to the engine (SOP owners
 * hold no migrate permission there); the owner and brand checks are ours.
 */
@Service
public class SopMigration {

    /** A preview checks at most this many instances; the migration takes the ids it is given. */
    public static final int PREVIEW_LIMIT = 500;

    private static final Logger log = LoggerFactory.getLogger(SopMigration.class);

    private final SopOwners owners;
    private final SopVersions versions;
    private final EngineIdentity engine;
    private final RuntimeService runtimeService;
    private final TransactionTemplate dryRun;

    SopMigration(SopOwners owners, SopVersions versions, EngineIdentity engine, RuntimeService runtimeService,
            PlatformTransactionManager transactions) {
        this.owners = owners;
        this.versions = versions;
        this.engine = engine;
        this.runtimeService = runtimeService;
        this.dryRun = new TransactionTemplate(transactions);
    }

    public MigrationPreview preview(String sourceDefinitionId, String targetDefinitionId) {
        EngineRoomUser me = owners.require();
        SopVersion source = process("source", sourceDefinitionId);
        SopVersion target = target(source, targetDefinitionId);
        return engine.asSystem(() -> {
            Plan plan = plan(source, target);
            List<InstanceCheck> checks = new ArrayList<>();
            for (ProcessInstance instance : inScope(source, me).listPage(0, PREVIEW_LIMIT)) {
                List<String> reasons = plan.usable() == null ? List.of("The migration plan has no usable instruction")
                        : whyNot(plan.usable(), instance.getId());
                checks.add(new InstanceCheck(instance.getId(), instance.getBusinessKey(), instance.getTenantId(),
                        runtimeService.getActiveActivityIds(instance.getId()), reasons.isEmpty(), reasons));
            }
            return new MigrationPreview(source, target, plan.mapped(), plan.problems(), checks);
        });
    }

    /** Migrates each instance on its own; those not of the source version or not the caller's are reported, not moved. */
    public MigrationReport migrate(String sourceDefinitionId, String targetDefinitionId,
            Collection<String> instanceIds) {
        EngineRoomUser me = owners.require();
        SopVersion source = process("source", sourceDefinitionId);
        SopVersion target = target(source, targetDefinitionId);
        if (instanceIds == null || instanceIds.isEmpty()) {
            throw new InvalidInput("instances", "Choose the instances to migrate");
        }
        return engine.asSystem(() -> {
            Plan plan = plan(source, target);
            List<Outcome> outcomes = new ArrayList<>();
            for (String id : instanceIds) {
                ProcessInstance instance = inScope(source, me).processInstanceId(id).singleResult();
                if (instance == null) {
                    outcomes.add(new Outcome(id, null, false, List.of("Not a running instance of version "
                            + source.version() + " in your brands")));
                } else if (plan.usable() == null) {
                    outcomes.add(new Outcome(id, instance.getBusinessKey(), false,
                            List.of("The migration plan has no usable instruction")));
                } else {
                    outcomes.add(migrate(plan.usable(), instance, me));
                }
            }
            log.info("{} migrated {} of {} instances of {} v{} to v{}", me.id(),
                    outcomes.stream().filter(Outcome::moved).count(), outcomes.size(), source.key(), source.version(),
                    target.version());
            return new MigrationReport(source, target, outcomes);
        });
    }

    /**
     * Moves one instance with the person signed in to the engine: Camunda then checks their migrate permission and
     * brands itself, and its operation log records who migrated it, for the instance's history.
     */
    private Outcome migrate(MigrationPlan plan, ProcessInstance instance, EngineRoomUser me) {
        try {
            engine.as(me, () -> {
                runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
                return null;
            });
            return new Outcome(instance.getId(), instance.getBusinessKey(), true, List.of());
        } catch (MigratingProcessInstanceValidationException e) {
            return new Outcome(instance.getId(), instance.getBusinessKey(), false, reasons(e.getValidationReport()));
        } catch (ProcessEngineException e) {
            return new Outcome(instance.getId(), instance.getBusinessKey(), false, List.of(e.getMessage()));
        }
    }

    /** Why the instance cannot move (empty: it can), from a migration that is rolled back whatever happens. */
    private List<String> whyNot(MigrationPlan plan, String instanceId) {
        return dryRun.execute(status -> {
            status.setRollbackOnly();
            try {
                runtimeService.newMigration(plan).processInstanceIds(instanceId).skipCustomListeners().skipIoMappings()
                        .execute();
                return List.<String>of();
            } catch (MigratingProcessInstanceValidationException e) {
                return reasons(e.getValidationReport());
            } catch (ProcessEngineException e) {
                return List.of(e.getMessage());
            }
        });
    }

    private static List<String> reasons(MigratingProcessInstanceValidationReport report) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        report.getActivityInstanceReports().forEach(activity -> activity.getFailures()
                .forEach(failure -> reasons.add(activity.getSourceScopeId() + ": " + failure)));
        report.getTransitionInstanceReports().forEach(transition -> transition.getFailures()
                .forEach(failure -> reasons.add(transition.getSourceScopeId() + ": " + failure)));
        return reasons;
    }

    /**
     * Equal activities mapped, event triggers updated; when Camunda refuses some instructions, they are reported
     * and the plan is built again without them.
     */
    private Plan plan(SopVersion source, SopVersion target) {
        try {
            MigrationPlan plan = runtimeService.createMigrationPlan(source.definitionId(), target.definitionId())
                    .mapEqualActivities().updateEventTriggers().build();
            return new Plan(plan, mapped(plan), List.of());
        } catch (MigrationPlanValidationException e) {
            MigrationPlanValidationReport report = e.getValidationReport();
            List<String> problems = new ArrayList<>();
            List<MigrationInstruction> refused = new ArrayList<>();
            for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
                refused.add(instruction.getMigrationInstruction());
                instruction.getFailures().forEach(failure -> problems.add(describe(
                        instruction.getMigrationInstruction()) + ": " + failure));
            }
            report.getVariableReports().forEach((name, variable) -> variable.getFailures()
                    .forEach(failure -> problems.add("variable " + name + ": " + failure)));
            List<MigrationInstruction> kept = report.getMigrationPlan().getInstructions().stream()
                    .filter(instruction -> refused.stream().noneMatch(no -> same(no, instruction))).toList();
            if (kept.isEmpty()) {
                return new Plan(null, List.of(), problems);
            }
            MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.definitionId(),
                    target.definitionId());
            for (MigrationInstruction instruction : kept) {
                var mapping = builder.mapActivities(instruction.getSourceActivityId(),
                        instruction.getTargetActivityId());
                builder = instruction.isUpdateEventTrigger() ? mapping.updateEventTrigger() : mapping;
            }
            try {
                MigrationPlan plan = builder.build();
                return new Plan(plan, mapped(plan), problems);
            } catch (MigrationPlanValidationException stillRefused) {
                problems.add(stillRefused.getMessage());
                return new Plan(null, List.of(), problems);
            }
        }
    }

    private static boolean same(MigrationInstruction a, MigrationInstruction b) {
        return a.getSourceActivityId().equals(b.getSourceActivityId())
                && a.getTargetActivityId().equals(b.getTargetActivityId());
    }

    private static List<String> mapped(MigrationPlan plan) {
        return plan.getInstructions().stream().map(SopMigration::describe).toList();
    }

    private static String describe(MigrationInstruction instruction) {
        return instruction.getSourceActivityId() + " → " + instruction.getTargetActivityId();
    }

    private ProcessInstanceQuery inScope(SopVersion source, EngineRoomUser me) {
        ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery()
                .processDefinitionId(source.definitionId()).orderByProcessInstanceId().asc();
        Optional<Set<String>> brands = SopOwners.brandsOf(me);
        if (brands.isPresent()) {
            // a manager without brands sees no instance: an impossible tenant keeps the query empty
            query.tenantIdIn(brands.get().isEmpty() ? new String[] {"-"} : brands.get().toArray(String[]::new));
        }
        return query;
    }

    private SopVersion process(String field, String definitionId) {
        SopVersion version = versions.version(definitionId)
                .orElseThrow(() -> new InvalidInput(field, "No deployed SOP version '" + definitionId + "'"));
        if (version.kind() != SopKind.PROCESS) {
            throw new InvalidInput(field, "Only BPMN processes have running instances to migrate");
        }
        return version;
    }

    private SopVersion target(SopVersion source, String targetDefinitionId) {
        SopVersion target = process("target", targetDefinitionId);
        if (!target.key().equals(source.key())) {
            throw new InvalidInput("target", "Migrate to a version of the same SOP (" + source.key() + ")");
        }
        if (target.definitionId().equals(source.definitionId())) {
            throw new InvalidInput("target", "Choose another version than the one the instances are on");
        }
        return target;
    }

    private record Plan(MigrationPlan usable, List<String> mapped, List<String> problems) {
    }
}
