package io.engineroom.workflow.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Health contributor {@code jobExecution}, part of the readiness probe: this node's job executor is active and
 * its acquisition thread (the one that picks due timers and asynchronous steps from the database) is alive. A node
 * whose executor stopped, or whose acquisition thread died, still answers requests, but its SLA timers and
 * publish times would fire only on other nodes, or never on a single node: the load balancer should know. Camunda's
 * own {@code jobExecutor} contributor looks at the active flag only.
 *
 * <p>Camunda keeps the acquisition thread in a protected field without a getter: it is read by reflection; if a
 * later Camunda renames it, the health says so (DOWN, with the reason) rather than guessing.
 */
@Component("jobExecutionHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

    private static final Field ACQUISITION_THREAD = ReflectionUtils.findField(JobExecutor.class,
            "jobAcquisitionThread", Thread.class);

    private final JobExecutor jobExecutor;

    /** @param jobExecutor null on a node run without one ({@code camunda.bpm.job-execution.enabled=false}) */
    JobExecutorHealth(JobExecutor jobExecutor) {
        super("The job executor's health could not be read");
        this.jobExecutor = jobExecutor;
    }

    @Autowired
    JobExecutorHealth(ObjectProvider<JobExecutor> jobExecutor) {
        this(jobExecutor.getIfAvailable());
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (jobExecutor == null) {
            // a node deliberately run without timers (job execution off): nothing to wait for
            health.up().withDetail("jobExecution", "off on this node");
            return;
        }
        boolean active = jobExecutor.isActive();
        health.withDetail("active", active).withDetail("name", jobExecutor.getName());
        if (ACQUISITION_THREAD == null) {
            health.down().withDetail("acquisition", "this Camunda version's job acquisition thread is unknown");
            return;
        }
        ReflectionUtils.makeAccessible(ACQUISITION_THREAD);
        Thread acquisition = (Thread) ReflectionUtils.getField(ACQUISITION_THREAD, jobExecutor);
        boolean alive = acquisition != null && acquisition.isAlive();
        health.withDetail("acquisitionThreadAlive", alive);
        if (active && alive) {
            health.up();
        } else {
            health.down();
        }
    }
}
