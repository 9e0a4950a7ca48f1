package io.engineroom.audit.history;

import io.engineroom.audit.PersonFilter;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The tasks one person completed, as one native SQL query over {@code ACT_HI_TASKINST}, so that the decision can
 * be a condition: "approved" is what the form recorded in that task's own activity instance (a history detail
 * row), not the variable's value today, which a later review may have overwritten.
 */
@Component
public class PersonQueries {

    private final HistoryTables tables;

    PersonQueries(HistoryTables tables) {
        this.tables = tables;
    }

    public String select(SqlFilter filter) {
        return "select t.* from " + tables.tasks + " t" + filter.whereClause() + " order by t.END_TIME_ desc, t.ID_ desc";
    }

    public String count(SqlFilter filter) {
        return "select count(*) from " + tables.tasks + " t" + filter.whereClause();
    }

    /** The person's conditions; {@code asOf} (may be null) leaves out tasks completed after it. */
    public SqlFilter filter(PersonFilter person, HistoryReader reader, Instant asOf) {
        SqlFilter filter = new SqlFilter();
        if (asOf != null) {
            filter.where("t.END_TIME_ <= #{asOf}", "asOf", Date.from(asOf));
        }
        // completed by them: they held it (Engine Room claims before completing), or the log says they completed it
        filter.where("t.END_TIME_ is not null and t.DELETE_REASON_ = 'completed' and (t.ASSIGNEE_ = #{person}"
                + " or exists (select 1 from " + tables.operations + " o where o.TASK_ID_ = t.ID_"
                + " and o.OPERATION_TYPE_ = 'Complete' and o.USER_ID_ = #{person}))", "person", person.userId());
        if (!reader.allBrands()) {
            filter.whereIn("t.TENANT_ID_", "brand", reader.brands());
        }
        if (person.from() != null) {
            filter.where("t.END_TIME_ >= #{from}", "from", Date.from(person.from()));
        }
        if (person.to() != null) {
            filter.where("t.END_TIME_ < #{to}", "to", Date.from(person.to()));
        }
        if (person.sopKey() != null) {
            filter.where("t.PROC_DEF_KEY_ = #{sopKey}", "sopKey", person.sopKey());
        }
        if (person.decision() != null && !person.decision().isBlank()) {
            SqlFilter names = new SqlFilter().whereIn("d.NAME_", "decisionName", FormAnswers.DECISIONS);
            filter.where("exists (select 1 from " + tables.details + " d where d.ACT_INST_ID_ = t.ACT_INST_ID_"
                    + " and d.TYPE_ = 'VariableUpdate'" + names.whereClause().replace(" where ", " and ")
                    + " and " + valueCondition(person.decision().trim()) + ")", "decision", person.decision().trim());
            filter.parameters().putAll(names.parameters());
        }
        return filter;
    }

    /** A yes/no field ({@code approved}) is stored as 1/0, a choice as its text. */
    private static String valueCondition(String decision) {
        if ("true".equalsIgnoreCase(decision) || "false".equalsIgnoreCase(decision)) {
            long flag = "true".equalsIgnoreCase(decision) ? 1 : 0;
            return "(d.TEXT_ = #{decision} or (d.VAR_TYPE_ = 'boolean' and d.LONG_ = " + flag + "))";
        }
        return "d.TEXT_ = #{decision}";
    }
}
