package io.engineroom.inbox.process;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** "Handle the breach": tells the manager which SLA broke, when it was due, and where the interaction waits. */
@Component("describeBreach")
class DescribeBreach implements TaskListener {

    @Override
    public void notify(DelegateTask breach) {
        boolean support = "support".equals(breach.getVariable("breachOf"));
        Object due = breach.getVariable(support ? "supportDue" : "slaDue");
        String waiting = breach.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(breach.getProcessInstanceId()).list().stream()
                .filter(task -> !task.getId().equals(breach.getId()) && !"HandleBreach".equals(task.getTaskDefinitionKey()))
                .map(DescribeBreach::describe).collect(Collectors.joining("; "));
        breach.setVariableLocal("breachSummary", (support ? "Support" : "The first response") + " was due " + due
                + " and is overdue. Waiting at: " + (waiting.isEmpty() ? "nothing (answered since)" : waiting) + ".");
    }

    private static String describe(Task task) {
        return task.getName() + (task.getAssignee() == null ? " (not claimed)" : " (claimed by " + task.getAssignee() + ")");
    }
}
