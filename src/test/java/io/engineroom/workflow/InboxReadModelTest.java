package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.content.ContentService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.inbox.InboxRebuild;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox table follows every task change in the engine's own transaction, and can be rebuilt from it. */
@EngineRoomIntegrationTest
class InboxReadModelTest {

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InboxRebuild rebuild;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;

    @Test
    void aNewTaskGetsARowWithItsBrandSopTitleAndCandidates() {
        long item = content.plan("northwind", "Read model row");
        Task task = task(item);

        Map<String, Object> row = row(task.getId());
        assertThat(row).containsEntry("tenant_id", "northwind").containsEntry("process_definition_key",
                "content-approval").containsEntry("sop_name", "Content approval").containsEntry("title",
                "Read model row").containsEntry("task_name", "Write brief").containsEntry("business_key",
                "content:" + item).containsEntry("priority", 50);
        assertThat(row.get("due_at")).isNotNull();
        assertThat(candidates(task.getId())).containsExactly("G:social-manager");
    }

    @Test
    void claimsCandidateChangesAndCompletionAreFollowed() {
        long item = content.plan("beanleaf", "Read model follows");
        String taskId = task(item).getId();

        taskService.addCandidateGroup(taskId, "designer");
        assertThat(candidates(taskId)).containsExactlyInAnyOrder("G:social-manager", "G:designer");
        try (var signedIn = SignedIn.as(users, "designer")) {
            assertThat(inbox.page(new InboxFilter("beanleaf", "content-approval"), 0, 1000))
                    .extracting(InboxEntry::taskId).contains(taskId);
        }
        taskService.setPriority(taskId, 70);
        assertThat(row(taskId)).as("a change in place keeps the candidates").containsEntry("priority", 70);
        assertThat(candidates(taskId)).containsExactlyInAnyOrder("G:social-manager", "G:designer");

        taskService.claim(taskId, "social-manager");
        assertThat(row(taskId)).containsEntry("assignee", "social-manager");
        try (var signedIn = SignedIn.as(users, "designer")) {
            assertThat(inbox.page(InboxFilter.ALL, 0, 1000)).extracting(InboxEntry::taskId).doesNotContain(taskId);
        }

        taskService.complete(taskId, Map.of("objective", "leads", "keyMessage", "Follow the rows"));
        assertThat(jdbc.queryForObject("select count(*) from inbox_item where task_id = ?", Long.class, taskId))
                .isZero();
        assertThat(row(task(item).getId())).containsEntry("task_name", "Write copy");
    }

    @Test
    void aLostRowIsRestoredFromTheEngine() {
        long item = content.plan("beanleaf", "Read model rebuild");
        String taskId = task(item).getId();
        Map<String, Object> before = row(taskId);
        jdbc.update("delete from inbox_item where task_id = ?", taskId);

        assertThat(rebuild.rebuildIfStale()).isTrue();

        assertThat(row(taskId)).isEqualTo(before);
        assertThat(candidates(taskId)).containsExactly("G:social-manager");
        assertThat(rebuild.rebuildIfStale()).isFalse();
    }

    @Test
    void aRemindedTaskComesFirstAmongThoseDueAtTheSameTimeAndARebuiltRowKeepsTheReminder() {
        long first = content.plan("beanleaf", "Due together, not reminded");
        long second = content.plan("beanleaf", "Due together, reminded");
        // the same due time, long past, so both head the list; the reminded one was created later
        Date due = Date.from(Instant.parse("2001-01-01T00:00:00Z").plusSeconds(System.nanoTime() % 1_000_000));
        taskService.setDueDate(task(first).getId(), due);
        taskService.setDueDate(task(second).getId(), due);
        assertThat(dueTogether()).as("oldest first while neither is reminded")
                .containsExactly("Due together, not reminded", "Due together, reminded");

        Instant reminded = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        inbox.markReminded(task(second).getId(), reminded);

        assertThat(dueTogether()).containsExactly("Due together, reminded", "Due together, not reminded");
        jdbc.update("delete from inbox_item where task_id = ?", task(second).getId());
        assertThat(rebuild.rebuildIfStale()).isTrue();
        assertThat(row(task(second).getId()).get("reminded_at")).as("kept on the task, so a rebuild has it")
                .isEqualTo(Timestamp.from(reminded));
        assertThat(dueTogether()).containsExactly("Due together, reminded", "Due together, not reminded");
    }

    /** The social manager's Bean & Leaf briefs of this test, in inbox order. */
    private List<String> dueTogether() {
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            return inbox.page(new InboxFilter("beanleaf", "content-approval"), 0, 200).stream()
                    .map(InboxEntry::title).filter(title -> title.startsWith("Due together")).toList();
        }
    }

    private Task task(long item) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }

    private Map<String, Object> row(String taskId) {
        return jdbc.queryForMap("select * from inbox_item where task_id = ?", taskId);
    }

    private List<String> candidates(String taskId) {
        return jdbc.queryForList("select candidate_type || ':' || candidate_id from inbox_item_candidate "
                + "where task_id = ?", String.class, taskId);
    }
}
