package io.engineroom.content;

import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.EngineRoomIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A review left waiting for a day moves up in every reviewer's inbox, with a note saying why. */
@EngineRoomIntegrationTest
class ReviewReminderTest {

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDayOfWaitingRaisesTheReviewsPriorityAndSaysSo() {
        long item = content.plan("beanleaf", "Waiting for review " + System.nanoTime());
        taskService.complete(task(item).getId(), Map.of(OBJECTIVE.name(), "awareness", KEY_MESSAGE.name(),
                "Look at me"));
        taskService.complete(task(item).getId(), Map.of(CAPTION.name(), "Reviewed late"));
        Task review = task(item);
        int before = review.getPriority();
        Job reminder = managementService.createJobQuery().processInstanceId(review.getProcessInstanceId())
                .activityId("BrandReviewWaiting").singleResult();
        assertThat(Duration.between(review.getCreateTime().toInstant(), reminder.getDuedate().toInstant()))
                .isBetween(Duration.ofHours(24).minusSeconds(5), Duration.ofHours(24).plusSeconds(5));

        managementService.executeJob(reminder.getId());

        Task reminded = task(item);
        assertThat(reminded.getId()).isEqualTo(review.getId());
        assertThat(reminded.getPriority()).isEqualTo(before + 20);
        assertThat(jdbc.queryForObject("select priority from inbox_item where task_id = ?", Integer.class,
                review.getId())).isEqualTo(before + 20);
        assertThat(taskService.getTaskComments(review.getId())).extracting(comment -> comment.getFullMessage())
                .anyMatch(message -> message.startsWith("Reminder: this review has been waiting since"));
    }

    private Task task(long item) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }
}
