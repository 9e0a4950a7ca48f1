package io.engineroom.workflow.inbox;

import io.engineroom.workflow.InboxFilter;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** PostgreSQL's plan for the inbox page statement exactly as {@link InboxQuery} sends it (for the benchmark). */
public final class InboxQueryPlan {

    private InboxQueryPlan() {
    }

    /** Runs the page statement once under EXPLAIN (ANALYZE, BUFFERS) and returns the plan's lines. */
    public static String explainPage(NamedParameterJdbcTemplate jdbc, String userId, Set<String> groups,
            Set<String> brands, InboxFilter filter, int offset, int limit) {
        return jdbc.queryForList("explain (analyze, buffers) " + InboxQuery.PAGE,
                InboxQuery.pageParams(userId, groups, brands, filter, offset, limit), String.class)
                .stream().collect(Collectors.joining(System.lineSeparator()));
    }
}
