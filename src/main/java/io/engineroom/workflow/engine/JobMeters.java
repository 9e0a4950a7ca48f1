package io.engineroom.workflow.engine;

import io.engineroom.base.ScrapeReading;
import io.engineroom.identity.EngineIdentity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * The job executor's work, from the engine's job table (Prometheus names):
 * <ul>
 * <li>{@code engineroom_jobs_due}: jobs the executor could run now (active, retries left, due) and has not yet
 * finished: SLA timers, reminders, publish times, asynchronous steps. A figure that keeps growing means the
 * executors fall behind; timers then fire late.</li>
 * <li>{@code engineroom_jobs_failed}: jobs with no retries left, each an open incident a person must look at
 * (Camunda Cockpit).</li>
 * </ul>
 * Both come from the database, so every node of a cluster shows the same cluster-wide figure (take one node's, or
 * the max, never the sum). Counted as Engine Room itself, not as whoever scrapes, so Camunda's authorization does
 * not make them depend on the caller; read at most every {@link ScrapeReading#FRESH_FOR}.
 */
@Component
class JobMeters implements MeterBinder {

    static final String DUE = "engineroom.jobs.due";
    static final String FAILED = "engineroom.jobs.failed";

    /** One reading of both figures. */
    record Jobs(long due, long failed) {
    }

    private final ScrapeReading<Jobs> jobs;

    JobMeters(ManagementService management, EngineIdentity engine, Clock clock) {
        this.jobs = new ScrapeReading<>(() -> engine.asSystem(() -> new Jobs(
                management.createJobQuery().executable().active().count(),
                management.createJobQuery().noRetriesLeft().count())), clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(DUE, jobs, reading -> reading.get().due())
                .description("Jobs due now that the job executors have not run yet (cluster-wide)")
                .register(registry);
        Gauge.builder(FAILED, jobs, reading -> reading.get().failed())
                .description("Jobs with no retries left: open incidents (cluster-wide)").register(registry);
    }
}
