package io.engineroom.workflow.inbox;

import io.engineroom.workflow.InboxFilter;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** PostgreSQL's plan for the inbox page statements exactly as {@link InboxQuery} sends them (for the benchmark). */
public final class InboxQueryPlan {

    private InboxQueryPlan() {
    }

    /** Runs both page statements (own tasks, claimable tasks) under EXPLAIN (ANALYZE, BUFFERS): their plans. */
    public static String explainPage(NamedParameterJdbcTemplate jdbc, String userId, Set<String> groups,
            Set<String> brands, InboxFilter filter, int rows) {
        return explain(jdbc, "own tasks", InboxQuery.MINE, userId, groups, brands, filter, rows)
                + System.lineSeparator()
                + explain(jdbc, "claimable tasks", InboxQuery.CLAIMABLE, userId, groups, brands, filter, rows);
    }

    private static String explain(NamedParameterJdbcTemplate jdbc, String part, String from, String userId,
            Set<String> groups, Set<String> brands, InboxFilter filter, int rows) {
        return "-- " + part + System.lineSeparator()
                + jdbc.queryForList("explain (analyze, buffers) select i.* " + from + InboxQuery.FIRST_BY_DUE,
                        InboxQuery.pageParams(userId, groups, brands, filter, rows), String.class)
                        .stream().collect(Collectors.joining(System.lineSeparator()));
    }
}
