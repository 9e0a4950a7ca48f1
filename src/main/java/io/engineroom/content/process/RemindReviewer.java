package io.engineroom.content.process;

import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.TaskNotices;
import io.engineroom.workflow.SopVariables;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reminder on a review that has waited too long: the review's people (its assignee, else the brand's reviewers who
 * may claim it) get a notice, the review shows a "Reminded" badge and comes first among the tasks due at the same
 * time, and the task says why. The priority still moves up too, for Camunda's own task list, which sorts by it. The
 * review itself stays where it is.
 */
@Component("remindReviewer")
class RemindReviewer implements JavaDelegate {

    static final int BUMP = 20;
    static final String[] REVIEWS = {"BrandReview", "LegalReview", "ClientSignOff"};

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final TaskService taskService;
    private final TaskNotices notices;

    RemindReviewer(TaskService taskService, TaskNotices notices) {
        this.taskService = taskService;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<String> title = SopVariables.TITLE.findIfTyped(execution);
        // one review is open at a time; the boundary that fired does not say which, the open task does
        for (Task review : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(REVIEWS).list()) {
            String since = SINCE.format(review.getCreateTime().toInstant());
            taskService.setPriority(review.getId(), Math.min(100, review.getPriority() + BUMP));
            taskService.createComment(review.getId(), execution.getProcessInstanceId(),
                    "Reminder: this review has been waiting since " + review.getCreateTime());
            notices.remind(review.getId(), NoticeKind.REVIEW_REMINDER, cut("Reminder: " + review.getName()
                    + title.map(text -> ": " + text).orElse("")),
                    "\"" + review.getName() + "\" has been waiting for you since " + since + ". Please review it"
                            + " or say what holds it up.");
        }
    }

    private static String cut(String subject) {
        return subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
    }
}
