package io.engineroom.workflow.inbox;

import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** Tasks assigned to the person. */
    static final String MINE = """
            from inbox_item i
            where i.assignee = :me
            """ + IN_FILTER;

    /** Unassigned tasks one of the person's groups, or the person, may claim. */
    static final String CLAIMABLE = """
            from inbox_item i
            where i.assignee is null
              and exists (select 1 from inbox_item_candidate c
                          where c.task_id = i.task_id
                            and ((c.candidate_type = 'G' and c.candidate_id in (:groups))
                                 or (c.candidate_type = 'U' and c.candidate_id = :me)))
            """ + IN_FILTER;

    /**
     * Soonest due first, tasks without a due last, and among tasks due at the same time the reminded ones first:
     * the order of index inbox_item_due (V8) but for the reminded ones, a small sort within one due time.
     */
    static final String FIRST_BY_DUE = " order by i.due_at nulls last,"
            + " case when i.reminded_at is null then 1 else 0 end, i.created_at, i.task_id limit :limit";

    private static final Comparator<InboxEntry> BY_DUE = Comparator
            .comparing(InboxEntry::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(entry -> entry.isReminded() ? 0 : 1)
            .thenComparing(InboxEntry::created).thenComparing(InboxEntry::taskId);

    private final NamedParameterJdbcTemplate jdbc;

    InboxQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page: the first offset + limit rows of each part, read in due order along the index, merged here.
     * Asked as one statement with an OR between the parts (or a UNION), PostgreSQL tests every task of the
     * person's brands against their candidates and sorts them all, a cost that grows with the open tasks.
     */
    public List<InboxEntry> page(String userId, Set<String> groups, Set<String> brands, InboxFilter filter,
            int offset, int limit) {
        if (brands.isEmpty() || limit <= 0) {
            return List.of();
        }
        MapSqlParameterSource params = pageParams(userId, groups, brands, filter, offset + limit);
        List<InboxEntry> merged = new ArrayList<>(jdbc.query("select i.* " + MINE + FIRST_BY_DUE, params,
                InboxQuery::entry));
        merged.addAll(jdbc.query("select i.* " + CLAIMABLE + FIRST_BY_DUE, params, InboxQuery::entry));
        merged.sort(BY_DUE);
        return List.copyOf(merged.subList(Math.min(offset, merged.size()), Math.min(offset + limit, merged.size())));
    }

    public long count(String userId, Set<String> groups, Set<String> brands, InboxFilter filter) {
        if (brands.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource params = params(userId, groups, brands, filter);
        return count("select count(*) " + MINE, params) + count("select count(*) " + CLAIMABLE, params);
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject(sql, params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The open tasks of one task of one SOP (e.g. the interaction SOP's {@code Respond}) that the person sees, soonest
     * due first, at most {@code limit}: the work queue of a screen made for that task.
     */
    public List<InboxEntry> openTasks(String userId, Set<String> groups, Set<String> brands, InboxFilter filter,
            String taskDefinitionKey, int limit) {
        if (brands.isEmpty()) {
            return List.of();
        }
        // the same two parts as a page, each read in due order along the index, so a large backlog stays cheap
        MapSqlParameterSource params = pageParams(userId, groups, brands, filter, limit)
                .addValue("taskKey", taskDefinitionKey);
        String ofTask = " and i.task_definition_key = :taskKey" + FIRST_BY_DUE;
        List<InboxEntry> merged = new ArrayList<>(jdbc.query("select i.* " + MINE + ofTask, params, InboxQuery::entry));
        merged.addAll(jdbc.query("select i.* " + CLAIMABLE + ofTask, params, InboxQuery::entry));
        merged.sort(BY_DUE);
        return List.copyOf(merged.subList(0, Math.min(limit, merged.size())));
    }

    static MapSqlParameterSource pageParams(String userId, Set<String> groups, Set<String> brands,
            InboxFilter filter, int rows) {
        return params(userId, groups, brands, filter).addValue("limit", rows);
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
                rs.getString("assignee"), rs.getString("business_key"), instant(rs.getTimestamp("reminded_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
