package io.engineroom.benchmark;

import io.engineroom.workflow.SopVariables;
import io.engineroom.workflow.change.ChangeIntake;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts many instances of the benchmark interaction SOP through the engine, from several threads, so every
 * open task, identity link, task authorization, timer and inbox row is written the way the real SOP writes it. The
 * SOP is deployed as each benchmark brand's own version of {@code interaction}, so the Inbox screen lists its tasks.
 * Instance n belongs to brand n mod brands and queue (n / brands) mod queues, so every brand-queue pair gets
 * the same share; SLA dues are spread evenly over the given window, each one different (a stable sort order).
 */
final class InteractionSeeder {

    static final String PROCESS_KEY = "interaction";
    private static final long SPREAD_STEP = 7919; // a prime: n * step mod total visits every slot once
    private static final int PROGRESS_EVERY = 10_000;

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;

    InteractionSeeder(RepositoryService repositoryService, RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    /** Seeds and returns the rate in instances per second. */
    double seed(int instances, int threads, List<String> brands, List<String> queues, Instant firstDue,
            Duration dueWindow) throws Exception {
        // a benchmark's fixture, not an SOP change under test: live at once instead of waiting for a review
        brands.forEach(brand -> ChangeIntake.atOnce(() -> repositoryService.createDeployment()
                .name("engine-room-benchmark").tenantId(brand).enableDuplicateFiltering(false)
                .addClasspathResource("benchmark/interaction-benchmark.bpmn").deploy()));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < instances; n = next.getAndIncrement()) {
                        start(n, instances, brands, queues, firstDue, dueWindow);
                        int finished = done.incrementAndGet();
                        if (finished % PROGRESS_EVERY == 0) {
                            System.out.printf("  seeded %,d of %,d (%.0f instances/s)%n", finished, instances,
                                    rate(finished, start));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(); // rethrows the first failure: a half-seeded run measures nothing useful
            }
        } finally {
            pool.shutdownNow();
        }
        return rate(instances, start);
    }

    private void start(int n, int total, List<String> brands, List<String> queues, Instant firstDue,
            Duration dueWindow) {
        String brand = brands.get(n % brands.size());
        String queue = queues.get((n / brands.size()) % queues.size());
        long slot = (n * SPREAD_STEP) % total;
        Instant due = firstDue.plusMillis(dueWindow.toMillis() * slot / total);
        // no one signed in on these threads: the engine starts them as the system would (ingestion, timers)
        runtimeService.createProcessInstanceByKey(PROCESS_KEY).processDefinitionTenantId(brand)
                .businessKey("interaction:" + UUID.randomUUID())
                .setVariables(Map.of(SopVariables.BRAND.name(), brand, "queue", queue,
                        "responseDue", Date.from(due), SopVariables.TITLE.name(), "Mention #" + n + " on " + brand))
                .execute();
    }

    private static double rate(int instances, long startNanos) {
        return instances / ((System.nanoTime() - startNanos) / 1e9);
    }
}
