package io.engineroom.workflow.inbox;

import io.engineroom.workflow.BusinessKeyFilter;
import io.engineroom.workflow.InboxFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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

    /**
     * The claimable part of the Inbox's page (Respond tasks, with the interaction filter's query if any) and of its
     * count up to {@code cap}, under EXPLAIN (ANALYZE, BUFFERS).
     */
    public static String explainOpenTasks(NamedParameterJdbcTemplate jdbc, String userId, Set<String> groups,
            Set<String> brands, InboxFilter filter, String taskKey, BusinessKeyFilter keys, int rows, int cap) {
        MapSqlParameterSource probe = InboxQuery.ofTask(InboxQuery.pageParams(userId, groups, brands, filter, rows),
                taskKey, keys);
        boolean few = InboxQuery.fewKeys(jdbc, keys, probe);
        String condition = InboxQuery.ofTask(keys, few);
        return "-- claimable, page" + (few ? " (few keys: looked up by key)" : "") + System.lineSeparator()
                + plan(jdbc, "select i.* " + InboxQuery.CLAIMABLE + condition + InboxQuery.FIRST_BY_DUE, probe)
                + System.lineSeparator() + "-- claimable, count up to " + cap + System.lineSeparator()
                + plan(jdbc, "select count(*) from (select 1 " + InboxQuery.CLAIMABLE + condition
                        + " limit :limit) capped",
                        InboxQuery.ofTask(InboxQuery.pageParams(userId, groups, brands, filter, cap), taskKey, keys));
    }

    private static String plan(NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource params) {
        return jdbc.queryForList("explain (analyze, buffers) " + sql, params, String.class).stream()
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String explain(NamedParameterJdbcTemplate jdbc, String part, String from, String userId,
            Set<String> groups, Set<String> brands, InboxFilter filter, int rows) {
        return "-- " + part + System.lineSeparator()
                + jdbc.queryForList("explain (analyze, buffers) select i.* " + from + InboxQuery.FIRST_BY_DUE,
                        InboxQuery.pageParams(userId, groups, brands, filter, rows), String.class)
                        .stream().collect(Collectors.joining(System.lineSeparator()));
    }
}
