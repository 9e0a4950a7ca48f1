package io.engineroom.workflow.inbox;

import io.engineroom.workflow.BusinessKeyFilter;
import io.engineroom.workflow.InboxFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** PostgreSQL's plans for the inbox statements exactly as {@link InboxQuery} sends them (for the benchmarks). */
public final class InboxQueryPlan {

    private InboxQueryPlan() {
    }

    /** Runs the page statement (own tasks and claimable tasks, each part ordered and limited) under EXPLAIN. */
    public static String explainPage(NamedParameterJdbcTemplate jdbc, String userId, Set<String> groups,
            Set<String> brands, InboxFilter filter, int rows) {
        return "-- page (own tasks, claimable tasks)" + System.lineSeparator()
                + plan(jdbc, InboxQuery.bothParts(""), InboxQuery.pageParams(userId, groups, brands, filter, rows));
    }

    /**
     * The Inbox's page (Respond tasks, with the interaction filter's query if any) and its count up to {@code cap},
     * each one statement with both parts, under EXPLAIN (ANALYZE, BUFFERS).
     */
    public static String explainOpenTasks(NamedParameterJdbcTemplate jdbc, String userId, Set<String> groups,
            Set<String> brands, InboxFilter filter, String taskKey, BusinessKeyFilter keys, int rows, int cap) {
        MapSqlParameterSource probe = InboxQuery.ofTask(InboxQuery.pageParams(userId, groups, brands, filter, rows),
                taskKey, keys);
        boolean few = InboxQuery.fewKeys(jdbc, keys, probe);
        String condition = InboxQuery.ofTask(keys, few);
        return "-- page (own tasks, claimable tasks)" + (few ? " (few keys: looked up by key)" : "")
                + System.lineSeparator() + plan(jdbc, InboxQuery.bothParts(condition), probe)
                + System.lineSeparator() + "-- count up to " + cap + System.lineSeparator()
                + plan(jdbc, InboxQuery.bothCounts(condition),
                        InboxQuery.ofTask(InboxQuery.pageParams(userId, groups, brands, filter, cap), taskKey, keys));
    }

    private static String plan(NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource params) {
        return jdbc.queryForList("explain (analyze, buffers) " + sql, params, String.class).stream()
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
