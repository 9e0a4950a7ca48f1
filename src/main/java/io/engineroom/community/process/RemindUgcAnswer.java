package io.engineroom.community.process;

import io.engineroom.community.UgcPermissions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * No answer recorded in time: the waiting "Record the author's answer" task moves up and says to chase the author,
 * and the record notes when. The task itself stays open: only the author's answer ends it.
 */
@Component("remindUgcAnswer")
class RemindUgcAnswer implements JavaDelegate {

    static final int BUMP = 20;

    private final UgcPermissions permissions;
    private final TaskService taskService;

    RemindUgcAnswer(UgcPermissions permissions, TaskService taskService) {
        this.permissions = permissions;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        permissions.reminded(PermissionKey.of(execution));
        for (Task waiting : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("RecordAnswer").list()) {
            taskService.setPriority(waiting.getId(), Math.min(100, waiting.getPriority() + BUMP));
            taskService.createComment(waiting.getId(), execution.getProcessInstanceId(),
                    "Reminder: no answer from the author yet; chase them where you asked");
        }
    }
}
