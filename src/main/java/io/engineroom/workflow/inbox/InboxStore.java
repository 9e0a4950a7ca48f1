package io.engineroom.workflow.inbox;

import java.sql.Timestamp;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the inbox read model. Called from inside engine commands, so plain JDBC on the engine's own
 * connection and transaction: the row commits or rolls back with the task itself.
 */
@Repository
public class InboxStore {

    private final JdbcTemplate jdbc;

    InboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The task's row as it is now: updated in place when it exists (its candidates rewritten only when they
     * changed), else inserted. A task changes several times in its life (a reminder alone bumps its priority and
     * marks it), so an update costs two statements rather than deleting and inserting everything.
     */
    void save(InboxRow row) {
        int updated = jdbc.update("""
                update inbox_item set tenant_id = ?, process_instance_id = ?, business_key = ?,
                    process_definition_key = ?, sop_name = ?, task_definition_key = ?, task_name = ?, title = ?,
                    assignee = ?, created_at = ?, due_at = ?, priority = ?, reminded_at = ?
                where task_id = ?""",
                row.tenantId(), row.processInstanceId(), row.businessKey(), row.processDefinitionKey(),
                row.sopName(), row.taskDefinitionKey(), row.taskName(), truncate(row.title(), 500), row.assignee(),
                timestamp(row.createdAt()), timestamp(row.dueAt()), row.priority(), timestamp(row.remindedAt()),
                row.taskId());
        if (updated == 0) {
            jdbc.update("""
                    insert into inbox_item (task_id, tenant_id, process_instance_id, business_key,
                        process_definition_key, sop_name, task_definition_key, task_name, title, assignee,
                        created_at, due_at, priority, reminded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.taskId(), row.tenantId(), row.processInstanceId(), row.businessKey(),
                    row.processDefinitionKey(), row.sopName(), row.taskDefinitionKey(), row.taskName(),
                    truncate(row.title(), 500), row.assignee(), timestamp(row.createdAt()), timestamp(row.dueAt()),
                    row.priority(), timestamp(row.remindedAt()));
            insertCandidates(row);
            return;
        }
        Set<String> stored = new HashSet<>(jdbc.queryForList("select candidate_type || ':' || candidate_id"
                + " from inbox_item_candidate where task_id = ?", String.class, row.taskId()));
        if (!stored.equals(candidates(row))) {
            jdbc.update("delete from inbox_item_candidate where task_id = ?", row.taskId());
            insertCandidates(row);
        }
    }

    private void insertCandidates(InboxRow row) {
        row.candidateGroups().forEach(group -> insertCandidate(row.taskId(), "G", group));
        row.candidateUsers().forEach(user -> insertCandidate(row.taskId(), "U", user));
    }

    /** The row's candidates as {@code type:id}, as the select in {@link #save} reads them back. */
    private static Set<String> candidates(InboxRow row) {
        Set<String> candidates = new HashSet<>();
        row.candidateGroups().forEach(group -> candidates.add("G:" + group));
        row.candidateUsers().forEach(user -> candidates.add("U:" + user));
        return candidates;
    }

    /**
     * The task was reminded at {@code at}: its row shows a badge and comes first among those due at the same time.
     * The task keeps the time too ({@link InboxTaskListener#REMINDED_AT}), so a rebuilt row has it.
     */
    public void markReminded(String taskId, Date at) {
        jdbc.update("update inbox_item set reminded_at = ? where task_id = ?", timestamp(at), taskId);
    }

    void remove(String taskId) {
        jdbc.update("delete from inbox_item_candidate where task_id = ?", taskId);
        jdbc.update("delete from inbox_item where task_id = ?", taskId);
    }

    void removeAll() {
        jdbc.update("delete from inbox_item_candidate");
        jdbc.update("delete from inbox_item");
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from inbox_item", Long.class);
        return count == null ? 0 : count;
    }

    private void insertCandidate(String taskId, String type, String id) {
        jdbc.update("insert into inbox_item_candidate (task_id, candidate_type, candidate_id) values (?, ?, ?)",
                taskId, type, id);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
