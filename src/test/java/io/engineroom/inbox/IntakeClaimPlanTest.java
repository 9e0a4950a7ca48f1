package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.EngineRoomIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the workers' claims read their stage's partial index in received order and stop after the batch,
 * instead of reading and sorting every queued row: with 20 000 rows queued the difference is each claim's cost. The
 * plan is asked with sequential and bitmap scans and sorts priced out, as the planner picks them anyway for a table
 * this test leaves nearly empty (with a few rows left by other tests, a bitmap scan and a sort of 16 rows priced
 * lower once); what is checked is that the index can serve the claim's filter and order: if it could not, the plan
 * would still sort, priced out or not.
 */
@EngineRoomIntegrationTest
class IntakeClaimPlanTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aClaimToClassifyReadsTheOldestUnclassifiedRowsFromItsIndexInOrderWithoutSorting() {
        assertThat(plan(IntakeQueueStore.TO_CLASSIFY)).contains("intake_queue_to_classify").doesNotContain("Sort");
    }

    @Test
    void aClaimToStartReadsTheOldestClassifiedRowsFromItsIndexInOrderWithoutSorting() {
        assertThat(plan(IntakeQueueStore.TO_START)).contains("intake_queue_to_start").doesNotContain("Sort");
    }

    private String plan(String stage) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            jdbc.execute("set local enable_bitmapscan = off");
            jdbc.execute("set local enable_sort = off");
            List<String> lines = jdbc.queryForList("explain " + IntakeQueueStore.claimQuery(stage, 20, false),
                    String.class);
            return String.join("\n", lines);
        });
    }
}
