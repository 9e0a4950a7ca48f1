package io.engineroom.workflow.inbox;

import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads a person's inbox from the read model: tasks assigned to them, and unassigned tasks their groups (or
 * they themselves) may claim, in their brands, soonest due first. One page at a time.
 */
@Repository
public class InboxQuery {

    private static final String IN_FILTER = """
              and i.tenant_id in (:brands)
              and (:brand is null or i.tenant_id = :brand)
              and (:sop is null or i.process_definition_key = :sop)
            """;

    // Two disjoint parts, the person's own tasks and the open ones they may claim, rather than one OR across
    // both: PostgreSQL then reads each part in due order (index inbox_item_due, V8) and stops after one page.
    // Under an OR it tests every task of the person's brands against every candidate row, then sorts.
    private static final String VISIBLE = """
            (select i.* from inbox_item i
             where i.assignee = :me
            """ + IN_FILTER + """
             union all
             select i.* from inbox_item i
             where i.assignee is null
               and exists (select 1 from inbox_item_candidate c
                           where c.task_id = i.task_id
                             and ((c.candidate_type = 'G' and c.candidate_id in (:groups))
                                  or (c.candidate_type = 'U' and c.candidate_id = :me)))
            """ + IN_FILTER + ") v\n";

    /** One page, soonest due first, tasks without a due last (visible to the benchmark, which prints its plan). */
    static final String PAGE = "select v.* from " + VISIBLE + """
            order by v.due_at nulls last, v.created_at, v.task_id
            limit :limit offset :offset""";

    private final NamedParameterJdbcTemplate jdbc;

    InboxQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<InboxEntry> page(String userId, Set<String> groups, Set<String> brands, InboxFilter filter,
            int offset, int limit) {
        if (brands.isEmpty()) {
            return List.of();
        }
        return jdbc.query(PAGE, pageParams(userId, groups, brands, filter, offset, limit), InboxQuery::entry);
    }

    public long count(String userId, Set<String> groups, Set<String> brands, InboxFilter filter) {
        if (brands.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject("select count(*) from " + VISIBLE, params(userId, groups, brands, filter),
                Long.class);
        return count == null ? 0 : count;
    }

    static MapSqlParameterSource pageParams(String userId, Set<String> groups, Set<String> brands,
            InboxFilter filter, int offset, int limit) {
        return params(userId, groups, brands, filter).addValue("limit", limit).addValue("offset", offset);
    }

    private static MapSqlParameterSource params(String userId, Set<String> groups, Set<String> brands,
            InboxFilter filter) {
        return new MapSqlParameterSource()
                .addValue("me", userId)
                // an empty IN list is not valid SQL; no group can be named like this
                .addValue("groups", groups.isEmpty() ? Set.of("\u0000") : groups)
                .addValue("brands", brands)
                .addValue("brand", filter.brandId(), java.sql.Types.VARCHAR)
                .addValue("sop", filter.sopKey(), java.sql.Types.VARCHAR);
    }

    private static InboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new InboxEntry(rs.getString("task_id"), rs.getString("task_name"), rs.getString("title"),
                rs.getString("tenant_id"), rs.getString("process_definition_key"), rs.getString("sop_name"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("due_at")), rs.getInt("priority"),
                rs.getString("assignee"), rs.getString("business_key"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
