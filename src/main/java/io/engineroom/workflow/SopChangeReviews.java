package io.engineroom.workflow;

import io.engineroom.identity.EngineIdentity;
import io.engineroom.workflow.MigrationPreview.InstanceCheck;
import io.engineroom.workflow.change.SopChangeMigrationTable;
import io.engineroom.workflow.change.SopChangeTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What a reviewer needs to decide an SOP change, read when they open its review task: the change with its element
 * diffs, the lint run again now on the deployment's files (the rules or the groups and beans they check may have
 * changed since it was deployed), and per process model which running instances of the version it replaces could
 * move to it. And, for whoever may read a change, what its approval moved.
 */
@Service
public class SopChangeReviews {

    private final SopChanges changes;
    private final SopChangeTable table;
    private final SopChangeMigrationTable migrations;
    private final SopLint lint;
    private final SopMigration migration;
    private final EngineIdentity engine;
    private final TaskService taskService;
    private final RepositoryService repositoryService;

    SopChangeReviews(SopChanges changes, SopChangeTable table, SopChangeMigrationTable migrations, SopLint lint,
            SopMigration migration, EngineIdentity engine, TaskService taskService,
            RepositoryService repositoryService) {
        this.changes = changes;
        this.table = table;
        this.migrations = migrations;
        this.lint = lint;
        this.migration = migration;
        this.engine = engine;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
    }

    /**
     * The change a review task is about, for the signed-in person who may see that task (Camunda's own checks: the
     * task's brand and candidate groups); empty for any other task.
     */
    public Optional<ChangeUnderReview> forTask(String taskId) {
        Task task = engine.asCurrentUser(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            return Optional.empty();
        }
        return table.findByReviewInstance(task.getProcessInstanceId()).map(change -> new ChangeUnderReview(change,
                lintNow(change), previews(change)));
    }

    /** What the change's approval moved, per process model; empty when the reviewer moved nothing. */
    public List<SopChangeMigration> migrations(long changeId) {
        return changes.find(changeId).map(change -> migrations.of(change.id())).orElse(List.of());
    }

    private List<SopProblem> lintNow(SopChange change) {
        Map<String, byte[]> files = engine.asSystem(() -> {
            Map<String, byte[]> read = new LinkedHashMap<>();
            for (Resource resource : repositoryService.getDeploymentResources(change.deploymentId())) {
                try (InputStream in = repositoryService.getResourceAsStream(change.deploymentId(),
                        resource.getName())) {
                    read.put(resource.getName(), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + resource.getName(), e);
                }
            }
            return read;
        });
        // the lint looks up groups and beans: as Engine Room itself, since Camunda shows a person only their own groups
        return engine.asSystem(() -> lint.check(files));
    }

    /** Only the change's own brand's instances count: a brand's change never moves another brand's work. */
    private List<ModelMigration> previews(SopChange change) {
        List<ModelMigration> previews = new ArrayList<>();
        change.models().stream().filter(model -> model.kind() == SopKind.PROCESS && model.replacesDefinitionId() != null)
                .forEach(model -> {
                    try {
                        MigrationPreview preview = migration.preview(model.replacesDefinitionId(),
                                model.definitionId());
                        previews.add(new ModelMigration(model, preview.instances().stream()
                                .filter(check -> change.concerns(check.brand())).toList(),
                                preview.planProblems(), null));
                    } catch (RuntimeException e) {
                        if (e instanceof AccessDeniedException) {
                            throw e;
                        }
                        previews.add(new ModelMigration(model, List.of(), List.of(), e.getMessage()));
                    }
                });
        return previews;
    }

    /** The change under review with the lint as it stands now and the instances that could move. */
    public record ChangeUnderReview(SopChange change, List<SopProblem> lint, List<ModelMigration> migrations) {

        public ChangeUnderReview {
            lint = List.copyOf(lint);
            migrations = List.copyOf(migrations);
        }
    }

    /**
     * One process model's running instances on the version it replaces, of the change's brand (all brands for a
     * shared change), each movable or not and why.
     *
     * @param problem why no preview could be made, or null
     */
    public record ModelMigration(SopChangeModel model, List<InstanceCheck> instances, List<String> planProblems,
            String problem) {

        public ModelMigration {
            instances = List.copyOf(instances);
            planProblems = List.copyOf(planProblems);
        }

        public List<InstanceCheck> movable() {
            return instances.stream().filter(InstanceCheck::canMove).toList();
        }
    }
}
