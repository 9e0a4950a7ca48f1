package io.engineroom.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Time travel for timer tests on the real engine (with its job executor stopped): move the engine clock, then run
 * every job of one instance that is due by then, including those the earlier ones make due, as the executor would.
 * Reset the clock with {@link ClockUtil#reset()} after the test.
 */
public final class DueJobs {

    private DueJobs() {
    }

    public static void runAt(ManagementService managementService, String processInstanceId, Instant then) {
        ClockUtil.setCurrentTime(Date.from(then));
        List<Job> due;
        while (!(due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list())
                .isEmpty()) {
            managementService.executeJob(due.get(0).getId());
        }
    }
}
