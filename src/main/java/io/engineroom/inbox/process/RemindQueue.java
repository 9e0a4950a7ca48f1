package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.SLA_DUE;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 75 % of the first-response target is used: the interaction moves up in its queue's inbox and says so. The
 * response itself stays where it is.
 */
@Component("remindQueue")
class RemindQueue implements JavaDelegate {

    static final int BUMP = 20;

    private final TaskService taskService;

    RemindQueue(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task respond : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("Respond").list()) {
            taskService.setPriority(respond.getId(), Math.min(100, respond.getPriority() + BUMP));
            taskService.createComment(respond.getId(), execution.getProcessInstanceId(),
                    "75 % of the response time is used: due " + SLA_DUE.get(execution));
        }
    }
}
