package io.engineroom.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The readiness part for the job executor, on job executors of its own (stopping the shared application's would
 * hold up every other test's timers): up only while the executor is active and its acquisition thread alive.
 */
class JobExecutorHealthTest {

    private DefaultJobExecutor executor;

    @AfterEach
    void stop() {
        if (executor != null && executor.isActive()) {
            executor.shutdown();
        }
    }

    @Test
    void aRunningJobExecutorIsUp() {
        executor = new DefaultJobExecutor();
        executor.start();

        Health health = new JobExecutorHealth(executor).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("active", true).containsEntry("acquisitionThreadAlive", true);
    }

    @Test
    void aJobExecutorThatWasShutDownIsDown() {
        executor = new DefaultJobExecutor();
        executor.start();
        executor.shutdown();

        Health health = new JobExecutorHealth(executor).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("active", false).containsEntry("acquisitionThreadAlive", false);
    }

    @Test
    void aJobExecutorNeverStartedIsDown() {
        assertThat(new JobExecutorHealth(new DefaultJobExecutor()).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aNodeRunWithoutJobExecutionIsReady() {
        Health health = new JobExecutorHealth((JobExecutor) null).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("jobExecution", "off on this node");
    }

    @Test
    void anActiveJobExecutorWhoseAcquisitionThreadDiedIsDown() {
        executor = new DefaultJobExecutor() {
            @Override
            protected void startJobAcquisitionThread() {
                // the thread ends at once, as one killed by an error would
                jobAcquisitionThread = new Thread(() -> { });
                jobAcquisitionThread.start();
                try {
                    jobAcquisitionThread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            protected void stopJobAcquisitionThread() {
                jobAcquisitionThread = null;
            }
        };
        executor.start();

        Health health = new JobExecutorHealth(executor).health();

        assertThat(executor.isActive()).isTrue();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("active", true).containsEntry("acquisitionThreadAlive", false);
    }
}
