package io.engineroom.benchmark;

import io.engineroom.identity.Role;
import io.engineroom.workflow.SopVariables;
import io.engineroom.workflow.change.ChangeIntake;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * Finished instances of the benchmark legal review, written through the engine from several threads so the history
 * (instance, activities, task, identity links, variable updates, operation log) is what a real review leaves:
 * started with a brand and a business key, the task claimed and completed by a legal reviewer with a decision
 * and a comment.
 */
final class ReviewHistorySeeder {

    static final String PROCESS_KEY = "audit-export-benchmark";
    static final String KEY_PREFIX = "bench-review:";
    private static final int PROGRESS_EVERY = 5_000;

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;

    ReviewHistorySeeder(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
            IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        // the SOP lint runs on this deployment as on any other: content-review is bound "latest", deployed at start-up
        // a benchmark's fixture, not an SOP change under test: live at once instead of waiting for a review
        ChangeIntake.atOnce(() -> repositoryService.createDeployment().name("engine-room-benchmark")
                .enableDuplicateFiltering(false).addClasspathResource("benchmark/audit-export-benchmark.bpmn").deploy());
    }

    /** Seeds {@code instances} in {@code brand}, each reviewed by {@code reviewer}; returns instances per second. */
    double seed(int instances, int threads, String brand, String reviewer) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < instances; n = next.getAndIncrement()) {
                        review(n, brand, reviewer);
                        if (done.incrementAndGet() % PROGRESS_EVERY == 0) {
                            System.out.printf("  seeded %,d of %,d (%.0f instances/s)%n", done.get(), instances,
                                    rate(done.get(), start));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(); // rethrows the first failure: a half-seeded history measures nothing useful
            }
        } finally {
            pool.shutdownNow();
        }
        return rate(instances, start);
    }

    private void review(int n, String brand, String reviewer) {
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, KEY_PREFIX + n,
                Map.of(SopVariables.BRAND.name(), brand)).getId();
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        // signed in to the engine as the reviewer, so the history names them (assignee, operation log)
        identityService.setAuthentication(reviewer, List.of(Role.LEGAL.groupId()), List.of(brand));
        try {
            taskService.claim(taskId, reviewer);
            taskService.complete(taskId, Map.of("reviewDecision", n % 10 == 0 ? "reject" : "approve",
                    "reviewComment", "Checked against the brief, review " + n));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static double rate(int instances, long startNanos) {
        return instances / ((System.nanoTime() - startNanos) / 1e9);
    }
}
