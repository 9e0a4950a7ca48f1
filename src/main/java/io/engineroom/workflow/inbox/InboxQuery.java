package io.engineroom.workflow.inbox;

import io.engineroom.workflow.BusinessKeyFilter;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads a person's inbox from the read model: tasks assigned to them, and unassigned tasks their groups (or
 * they themselves) may claim, in their brands, soonest due first. One page at a time.
 */
@Repository
public class InboxQuery {

    /**
     * Up to how many admitted ids a key filter counts as rare, so its tasks are looked up by key: each id costs
     * about one index lookup, while walking the queue costs a page (and the count 1 001 matches) divided by the
     * filter's share of the queue; at 2 000 ids both are a few thousand lookups at 100 000 open tasks.
     */
    static final int FEW_KEYS = 2000;

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
    private final int fewKeys;

    @Autowired
    InboxQuery(NamedParameterJdbcTemplate jdbc) {
        this(jdbc, FEW_KEYS);
    }

    /** With another threshold than {@link #FEW_KEYS}: -1 always walks the queue (for tests of both ways). */
    InboxQuery(NamedParameterJdbcTemplate jdbc, int fewKeys) {
        this.jdbc = jdbc;
        this.fewKeys = fewKeys;
    }

    /**
     * One page: the first offset + limit rows of each part, read in due order along the index, merged here.
     * Asked with an OR between the parts (or a UNION of the parts without their own order and limit), PostgreSQL
     * tests every task of the person's brands against their candidates and sorts them all, a cost that grows with the
     * open tasks; so each part keeps its own order and limit (see {@link #bothParts}).
     */
    public List<InboxEntry> page(String userId, Set<String> groups, Set<String> brands, InboxFilter filter,
            int offset, int limit) {
        if (brands.isEmpty() || limit <= 0) {
            return List.of();
        }
        MapSqlParameterSource params = pageParams(userId, groups, brands, filter, offset + limit);
        return merged(jdbc.query(bothParts(""), params, InboxQuery::entry), offset, limit);
    }

    /**
     * The first rows of each part in one statement: the two parts, each with its own order and limit, joined by
     * {@code union all}. PostgreSQL plans each part as it would alone (the walk along the due index that stops after
     * the page), and the screen's read costs one round trip to the database instead of two; under a burst, when the
     * cores are busy with the intake, each round trip waits for the database's turn on a core.
     */
    static String bothParts(String condition) {
        return "(select i.* " + MINE + condition + FIRST_BY_DUE + ") union all (select i.* " + CLAIMABLE + condition
                + FIRST_BY_DUE + ")";
    }

    private static List<InboxEntry> merged(List<InboxEntry> parts, int offset, int limit) {
        List<InboxEntry> merged = new ArrayList<>(parts);
        merged.sort(BY_DUE);
        return List.copyOf(merged.subList(Math.min(offset, merged.size()), Math.min(offset + limit, merged.size())));
    }

    /**
     * How many tasks the person sees, counted no further than {@code cap}: a screen shows "1 000+" past it. Each part
     * stops after {@code cap} rows, so the cost stays that of {@code cap} rows however many tasks are open (the exact
     * count took p95 171 ms at 100 000 open tasks, see the README's Performance section).
     */
    public long countUpTo(String userId, Set<String> groups, Set<String> brands, InboxFilter filter, int cap) {
        return cappedCount(brands, params(userId, groups, brands, filter), "", cap);
    }

    /**
     * One page of the open tasks of one task of one SOP (e.g. the interaction SOP's {@code Respond}) that the person
     * sees, soonest due first: the work queue of a screen made for that task. {@code keys}, when given, admits only
     * the tasks whose business key its module's query returns, in the same statement, before paging.
     */
    public List<InboxEntry> openTasks(String userId, Set<String> groups, Set<String> brands, InboxFilter filter,
            String taskDefinitionKey, BusinessKeyFilter keys, int offset, int limit) {
        if (brands.isEmpty() || limit <= 0) {
            return List.of();
        }
        // the same two parts as a page, each read in due order along the index, so a large backlog stays cheap
        MapSqlParameterSource params = ofTask(pageParams(userId, groups, brands, filter, offset + limit),
                taskDefinitionKey, keys);
        return merged(jdbc.query(bothParts(ofTask(keys, fewKeys(keys, params))), params, InboxQuery::entry), offset,
                limit);
    }

    /** As {@link #countUpTo} for the tasks {@link #openTasks} pages through. */
    public long countOpenTasksUpTo(String userId, Set<String> groups, Set<String> brands, InboxFilter filter,
            String taskDefinitionKey, BusinessKeyFilter keys, int cap) {
        if (cap <= 0 || brands.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource params = ofTask(params(userId, groups, brands, filter), taskDefinitionKey, keys);
        return cappedCount(brands, params, ofTask(keys, fewKeys(keys, params)), cap);
    }

    /**
     * Whether the key filter's query returns at most {@value #FEW_KEYS} ids, counted no further: then the tasks are
     * looked up by those keys (index {@code inbox_item_business_key}, V55) instead of walking the queue in due order
     * and testing each task against the filter, which for a rare filter (a sales lead in a hundred) tested the
     * whole visible queue, p95 1.3 s at 100 000 open tasks. The count reads the other module's index only.
     */
    private boolean fewKeys(BusinessKeyFilter keys, MapSqlParameterSource params) {
        return fewKeys(jdbc, keys, params, fewKeys);
    }

    /** As the application decides it, for the benchmark's plans. */
    static boolean fewKeys(NamedParameterJdbcTemplate jdbc, BusinessKeyFilter keys, MapSqlParameterSource params) {
        return fewKeys(jdbc, keys, params, FEW_KEYS);
    }

    private static boolean fewKeys(NamedParameterJdbcTemplate jdbc, BusinessKeyFilter keys,
            MapSqlParameterSource params, int few) {
        if (keys == null || few < 0) {
            return false;
        }
        params.addValue("fewKeys", (long) few + 1);
        Long admitted = jdbc.queryForObject("select count(*) from (select 1 from (" + keys.idQuery()
                + ") admitted limit :fewKeys) few", params, Long.class);
        return admitted != null && admitted <= few;
    }

    private long cappedCount(Set<String> brands, MapSqlParameterSource params, String condition, int cap) {
        if (cap <= 0 || brands.isEmpty()) {
            return 0;
        }
        params.addValue("limit", cap);
        // both parts' capped counts in one statement (one round trip), each part planned as it would be alone
        Long count = jdbc.queryForObject(bothCounts(condition), params, Long.class);
        return Math.min(cap, count == null ? 0 : count);
    }

    /** The sum of each part's count up to {@code :limit}, as one statement. */
    static String bothCounts(String condition) {
        return "select (select count(*) from (select 1 " + MINE + condition + " limit :limit) mine)"
                + " + (select count(*) from (select 1 " + CLAIMABLE + condition + " limit :limit) claimable)";
    }

    /**
     * The task's condition and, with a key filter, the business key's id part among the ids the filter's query
     * returns: compared as an expression on this side, so PostgreSQL can probe the other table by its primary key.
     * The prefix is asked with {@code like}, whose selectivity PostgreSQL reads from the column's statistics; as
     * {@code left(...) = prefix}, a function it knows nothing of, it was guessed at half a percent of the tasks
     * (126 rows for 60 000 at 100 000 open tasks), and the plan built on that guess walked the queue twice.
     */
    static String ofTask(BusinessKeyFilter keys) {
        return ofTask(keys, false);
    }

    /**
     * As {@link #ofTask(BusinessKeyFilter)}; with {@code fewKeys} the other way round: the filter's ids are read
     * first, once (an array the statement computes before it reads a task), and the tasks with those business keys
     * are fetched by index and sorted, a cost of the admitted ids rather than of the queue. As {@code in (select
     * ...)} PostgreSQL costed the index lookups above a scan of every task and hashed the whole table instead.
     */
    static String ofTask(BusinessKeyFilter keys, boolean fewKeys) {
        String ofTask = " and i.task_definition_key = :taskKey";
        if (keys == null) {
            return ofTask;
        }
        if (fewKeys) {
            return ofTask + " and i.business_key = any (array(select :keyPrefix || admitted.id from ("
                    + keys.idQuery() + ") admitted (id)))";
        }
        return ofTask + " and i.business_key like :keyPrefixPattern"
                + " and substr(i.business_key, :keyPrefixLength + 1) in (" + keys.idQuery() + ")";
    }

    static MapSqlParameterSource ofTask(MapSqlParameterSource params, String taskDefinitionKey,
            BusinessKeyFilter keys) {
        params.addValue("taskKey", taskDefinitionKey);
        if (keys != null) {
            params.addValue("keyPrefix", keys.prefix())
                    .addValue("keyPrefixPattern", keys.prefix().replaceAll("([\\\\%_])", "\\\\$1") + "%")
                    .addValue("keyPrefixLength", keys.prefix().length())
                    .addValues(keys.parameters());
        }
        return params;
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
