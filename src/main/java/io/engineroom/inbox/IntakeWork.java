package io.engineroom.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pass of a stage over a batch of queued interactions, in one transaction: claimed, worked, and either all
 * done or none. A batch that fails is taken apart and each of its rows tried alone, so only the row at fault counts
 * a failed attempt (and is set aside after {@link IntakeQueueStore#MAX_ATTEMPTS}); the others go on.
 */
@Component
class IntakeWork {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeWork.class);

    private final IntakeStages stages;
    private final IntakeQueueStore queue;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IntakeWork(IntakeStages stages, IntakeQueueStore queue, PlatformTransactionManager transactions, Clock clock) {
        this.stages = stages;
        this.queue = queue;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @param only null: the oldest rows of the stage; else only these interactions (rows another transaction holds
     *             are skipped, not waited for)
     * @return how many rows this pass took (worked, or counted as failed): 0 when none was waiting
     */
    int pass(IntakeStages.Stage stage, int limit, Collection<String> only) {
        List<String> claimed = new ArrayList<>();
        try {
            Integer taken = transaction.execute(status -> {
                List<QueuedInteraction> rows = stages.claim(stage, limit, only);
                rows.forEach(row -> claimed.add(row.interactionId()));
                if (!rows.isEmpty()) {
                    stages.run(stage, rows);
                }
                return rows.size();
            });
            return taken == null ? 0 : taken;
        } catch (RuntimeException failed) {
            if (claimed.size() > 1) {
                int taken = 0;
                for (String one : claimed) {
                    taken += pass(stage, 1, List.of(one));
                }
                return taken;
            }
            if (claimed.isEmpty()) {
                throw failed;
            }
            String id = claimed.get(0);
            LOG.warn("Intake could not {} interaction {}", stage.name().toLowerCase(), id, failed);
            transaction.executeWithoutResult(status -> queue.failed(id, stage + ": " + failed, clock.instant()));
            return 1;
        }
    }
}
