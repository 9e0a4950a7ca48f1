package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.WAITING_AT;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Chase the approval": tells the social media manager where the piece waits (which steps, claimed by whom),
 * so they know whom to chase. Stored on the task only: it describes this moment, not the piece.
 */
@Component("describeApprovalRisk")
public class DescribeApprovalRisk implements TaskListener {

    @Override
    public void notify(DelegateTask chase) {
        String waiting = chase.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(chase.getProcessInstanceId()).list().stream()
                .filter(task -> !task.getId().equals(chase.getId()) && !chase.getTaskDefinitionKey().equals(task.getTaskDefinitionKey()))
                .map(DescribeApprovalRisk::describe)
                .collect(Collectors.joining("; "));
        WAITING_AT.setLocal(chase, waiting.isEmpty() ? "no open task (the piece is between steps)" : waiting);
    }

    private static String describe(Task task) {
        return task.getName() + (task.getAssignee() == null ? " (not claimed yet)" : " (claimed by " + task.getAssignee() + ")");
    }
}
