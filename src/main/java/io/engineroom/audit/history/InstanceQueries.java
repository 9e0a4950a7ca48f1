package io.engineroom.audit.history;

import io.engineroom.audit.HistorySearch;
import io.engineroom.audit.Outcome;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The history search as one native SQL query over {@code ACT_HI_PROCINST}: Camunda's typed query cannot say
 * "started by this person, or a task of it was theirs, or they are in its operation log" without first loading
 * every id of that person's instances, which does not scale to years of history. The person test is three
 * {@code exists} sub-queries on indexed columns instead, and the database pages the result.
 */
@Component
public class InstanceQueries {

    private final HistoryTables tables;

    InstanceQueries(HistoryTables tables) {
        this.tables = tables;
    }

    public String select(SqlFilter filter) {
        return "select p.* from " + tables.instances + " p" + filter.whereClause()
                + " order by p.START_TIME_ desc, p.ID_ desc";
    }

    public String count(SqlFilter filter) {
        return "select count(*) from " + tables.instances + " p" + filter.whereClause();
    }

    /** The search's conditions; {@code asOf} (may be null) shows the result as it stood then (see the outcome). */
    public SqlFilter filter(HistorySearch search, HistoryReader reader, Instant asOf) {
        SqlFilter filter = new SqlFilter();
        if (asOf != null) {
            filter.where("p.START_TIME_ <= #{asOf}", "asOf", Date.from(asOf));
        }
        if (!reader.allBrands()) {
            filter.whereIn("p.TENANT_ID_", "brand", reader.brands());
        }
        if (search.brandId() != null) {
            filter.where("p.TENANT_ID_ = #{brandId}", "brandId", search.brandId());
        }
        if (search.sopKey() != null) {
            filter.where("p.PROC_DEF_KEY_ = #{sopKey}", "sopKey", search.sopKey());
        }
        if (search.businessKey() != null && !search.businessKey().isBlank()) {
            String key = SqlFilter.literal(search.businessKey().trim());
            String pattern = search.keyMatch() == HistorySearch.KeyMatch.PREFIX ? key + "%" : "%" + key + "%";
            filter.where("p.BUSINESS_KEY_ like #{businessKey} escape '!'", "businessKey", pattern);
        }
        if (search.person() != null && !search.person().isBlank()) {
            filter.where("(p.START_USER_ID_ = #{person}"
                    + " or exists (select 1 from " + tables.tasks + " t where t.PROC_INST_ID_ = p.PROC_INST_ID_"
                    + " and t.ASSIGNEE_ = #{person})"
                    + " or exists (select 1 from " + tables.identityLinks + " l join " + tables.tasks
                    + " lt on lt.ID_ = l.TASK_ID_ where lt.PROC_INST_ID_ = p.PROC_INST_ID_"
                    + " and l.TYPE_ = 'assignee' and l.USER_ID_ = #{person})"
                    + " or exists (select 1 from " + tables.operations + " o where o.PROC_INST_ID_ = p.PROC_INST_ID_"
                    + " and o.USER_ID_ = #{person}))", "person", search.person().trim());
        }
        String column = search.dateField() == HistorySearch.DateField.ENDED ? "p.END_TIME_" : "p.START_TIME_";
        if (search.from() != null) {
            filter.where(column + " >= #{from}", "from", Date.from(search.from()));
        }
        if (search.to() != null) {
            filter.where(column + " < #{to}", "to", Date.from(search.to()));
        }
        // Pinned to asOf, the outcome and the end date are judged as they stood then: an instance that ends while
        // an export pages through the result neither leaves "running" nor joins "completed", so no page shifts.
        boolean endFilter = search.dateField() == HistorySearch.DateField.ENDED
                && (search.from() != null || search.to() != null);
        if (search.outcome() == Outcome.RUNNING) {
            filter.where(asOf == null ? "p.END_TIME_ is null" : "(p.END_TIME_ is null or p.END_TIME_ > #{asOf})");
        } else if (search.outcome() == Outcome.COMPLETED) {
            filter.where("p.STATE_ = 'COMPLETED'");
            endFilter = true;
        } else if (search.outcome() == Outcome.CANCELLED) {
            filter.whereIn("p.STATE_", "state", Set.of("EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED"));
            endFilter = true;
        }
        if (asOf != null && endFilter) {
            filter.where("p.END_TIME_ <= #{asOf}");
        }
        return filter;
    }
}
