package io.engineroom.content.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reminder on a review that has waited too long: the review moves up in every reviewer's inbox (priority) and
 * the task says why. The review itself stays where it is.
 */
@Component("remindReviewer")
class RemindReviewer implements JavaDelegate {

    static final int BUMP = 20;
    static final String[] REVIEWS = {"BrandReview", "LegalReview", "ClientSignOff"};

    private final TaskService taskService;

    RemindReviewer(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // one review is open at a time; the boundary that fired does not say which, the open task does
        for (Task review : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(REVIEWS).list()) {
            taskService.setPriority(review.getId(), Math.min(100, review.getPriority() + BUMP));
            taskService.createComment(review.getId(), execution.getProcessInstanceId(),
                    "Reminder: this review has been waiting since " + review.getCreateTime());
        }
    }
}
