package io.engineroom.workflow;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.workflow.sop.DeployedModel;
import io.engineroom.workflow.sop.DeployedModels;
import io.engineroom.workflow.sop.ModelDiff;
import io.engineroom.workflow.sop.Provenance;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * The deployed SOPs for their owners (social media managers, administrators): every key with its versions, who
 * deployed each when and from where, the running instances per version (a manager counts their brands' only),
 * the element diff between two versions, a version's file, and deploying files from the SOPs screen.
 *
 * <p>Reads run with nobody signed in to the engine, after the owner check here; brand filtering is ours.
 */
@Service
public class SopVersions {

    /** The source a deployment from the SOPs screen carries, next to the folder's and Camunda Modeler's. */
    public static final String UI_SOURCE = "Engine Room UI";
    public static final String UI_DEPLOYMENT_NAME = "engine-room-ui";
    public static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

    private static final List<String> EXTENSIONS = List.of(".bpmn", ".dmn", ".form");

    private final SopOwners owners;
    private final EngineIdentity engine;
    private final DeployedModels models;
    private final Provenance provenance;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final SopLint lint;

    SopVersions(SopOwners owners, EngineIdentity engine, DeployedModels models, Provenance provenance,
            RepositoryService repositoryService, RuntimeService runtimeService, SopLint lint) {
        this.owners = owners;
        this.engine = engine;
        this.models = models;
        this.provenance = provenance;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.lint = lint;
    }

    /** Every deployed key, BPMN processes first, then DMN decisions, each by key. */
    public List<SopSummary> list() {
        owners.require();
        Map<String, List<DeployedModel>> byKey = engine.asSystem(models::all).stream()
                .collect(Collectors.groupingBy(model -> model.kind() + "/" + model.key()));
        return byKey.values().stream().map(versions -> {
            DeployedModel latest = versions.stream().max(Comparator.comparingInt(DeployedModel::version)).orElseThrow();
            return new SopSummary(latest.key(), latest.name() == null ? latest.key() : latest.name(), latest.kind(),
                    latest.version(), latest.definitionId(), versions.size());
        }).sorted(Comparator.comparing(SopSummary::kind).thenComparing(SopSummary::key)).toList();
    }

    /** The versions of one key, newest first, with provenance and running instances. */
    public List<SopVersion> versions(String key) {
        EngineRoomUser me = owners.require();
        return engine.asSystem(() -> models.versions(key).stream().map(model -> describe(model, me)).toList());
    }

    /** One version, as {@link #versions} describes it. */
    public Optional<SopVersion> version(String definitionId) {
        EngineRoomUser me = owners.require();
        return engine.asSystem(() -> models.find(definitionId).map(model -> describe(model, me)));
    }

    /** What changed from one version of a key to another, element by element (not the diagram's layout). */
    public List<ElementChange> diff(String fromDefinitionId, String toDefinitionId) {
        owners.require();
        return engine.asSystem(() -> {
            DeployedModel from = existing("from", fromDefinitionId);
            DeployedModel to = existing("to", toDefinitionId);
            if (!from.key().equals(to.key()) || from.kind() != to.kind()) {
                throw new InvalidInput("to", "Compare two versions of the same SOP: " + from.key() + " is not "
                        + to.key());
            }
            return ModelDiff.between(from.resourceName(), models.content(from), models.content(to));
        });
    }

    /** The deployed file of one version, byte for byte. */
    public SopExport export(String definitionId) {
        owners.require();
        return engine.asSystem(() -> {
            DeployedModel model = existing("version", definitionId);
            String resource = model.resourceName();
            return new SopExport(resource.substring(resource.lastIndexOf('/') + 1), models.content(model));
        });
    }

    /** The lint's problems with files about to be deployed (file name to bytes); empty when they may deploy. */
    public List<SopProblem> lint(Map<String, byte[]> files) {
        owners.require();
        checkFiles(files);
        return lint.check(files);
    }

    /**
     * Deploys the files as one deployment from the SOPs screen, recorded as deployed by the signed-in person (the
     * engine's operation log) from {@link #UI_SOURCE}. Files equal to their last UI deployment are not deployed
     * again. Nothing deploys when the lint or the engine finds a problem.
     *
     * @return the versions this deployment created (none when nothing changed)
     * @throws SopDeploymentRefused with every problem, by file and element
     */
    public List<SopVersion> deploy(Map<String, byte[]> files) {
        EngineRoomUser me = owners.require();
        checkFiles(files);
        DeploymentBuilder builder = repositoryService.createDeployment().name(UI_DEPLOYMENT_NAME).source(UI_SOURCE)
                .enableDuplicateFiltering(false);
        files.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        DeploymentWithDefinitions deployment;
        // signed in to the engine as the person: its operation log then records who deployed
        try (EngineIdentity.Scope signedIn = engine.enter(me)) {
            deployment = builder.deployWithResult();
        } catch (ParseException e) {
            throw new SopDeploymentRefused(parseProblems(e));
        } catch (ProcessEngineException e) {
            // the engine lints every deployment before it stores anything (LintBeforeDeploying)
            SopRefused lintRefusal = SopRefused.in(e);
            if (lintRefusal != null) {
                throw new SopDeploymentRefused(lintRefusal.problems());
            }
            throw new SopDeploymentRefused(List.of(new SopProblem(String.join(", ", files.keySet()), null,
                    e.getMessage())));
        }
        List<SopVersion> created = new ArrayList<>();
        engine.asSystem(() -> {
            List<String> ids = new ArrayList<>();
            if (deployment.getDeployedProcessDefinitions() != null) {
                deployment.getDeployedProcessDefinitions().forEach(definition -> ids.add(definition.getId()));
            }
            if (deployment.getDeployedDecisionDefinitions() != null) {
                deployment.getDeployedDecisionDefinitions().forEach(definition -> ids.add(definition.getId()));
            }
            ids.forEach(id -> models.find(id).ifPresent(model -> created.add(describe(model, me))));
            return null;
        });
        return created;
    }

    private void checkFiles(Map<String, byte[]> files) {
        if (files == null || files.isEmpty()) {
            throw new InvalidInput("files", "Choose at least one .bpmn, .dmn or .form file");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        files.forEach((name, content) -> {
            if (name == null || name.isBlank() || EXTENSIONS.stream().noneMatch(name::endsWith)) {
                problems.put("files", name + " is not a .bpmn, .dmn or .form file");
            } else if (content == null || content.length == 0) {
                problems.put("files", name + " is empty");
            } else if (content.length > MAX_FILE_BYTES) {
                problems.put("files", name + " is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static List<SopProblem> parseProblems(ParseException e) {
        List<SopProblem> problems = new ArrayList<>();
        if (e.getResorceReports() != null) {
            e.getResorceReports().forEach(report -> report.getErrors().forEach(problem -> problems.add(
                    new SopProblem(report.getResourceName(), problem.getMainElementId(), problem.getMessage()))));
        }
        if (problems.isEmpty()) {
            problems.add(new SopProblem("deployment", null, e.getMessage()));
        }
        return problems;
    }

    private DeployedModel existing(String field, String definitionId) {
        return models.find(definitionId)
                .orElseThrow(() -> new InvalidInput(field, "No deployed SOP version '" + definitionId + "'"));
    }

    private SopVersion describe(DeployedModel model, EngineRoomUser me) {
        Provenance.Of origin = provenance.of(model.deploymentId());
        Long running = model.kind() == SopKind.PROCESS ? running(model.definitionId(), me) : null;
        return new SopVersion(model.definitionId(), model.key(), model.name() == null ? model.key() : model.name(),
                model.kind(), model.version(), model.deploymentId(), origin.deployedAt(), origin.deployedBy(),
                origin.source(), model.resourceName(), running);
    }

    private long running(String definitionId, EngineRoomUser me) {
        ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId);
        Optional<Set<String>> brands = SopOwners.brandsOf(me);
        if (brands.isPresent()) {
            if (brands.get().isEmpty()) {
                return 0;
            }
            query.tenantIdIn(brands.get().toArray(String[]::new));
        }
        return query.count();
    }
}
