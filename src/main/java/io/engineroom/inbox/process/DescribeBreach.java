package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.BREACH_OF;
import static io.engineroom.inbox.InteractionHandlingVariables.BREACH_SUMMARY;
import static io.engineroom.inbox.InteractionHandlingVariables.SLA_DUE;
import static io.engineroom.inbox.InteractionHandlingVariables.SUPPORT_DUE;

import java.util.Date;
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
        boolean support = "support".equals(BREACH_OF.get(breach));
        Date due = (support ? SUPPORT_DUE : SLA_DUE).get(breach);
        String waiting = breach.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(breach.getProcessInstanceId()).list().stream()
                .filter(task -> !task.getId().equals(breach.getId()) && !"HandleBreach".equals(task.getTaskDefinitionKey()))
                .map(DescribeBreach::describe).collect(Collectors.joining("; "));
        BREACH_SUMMARY.setLocal(breach, (support ? "Support" : "The first response") + " was due " + due
                + " and is overdue. Waiting at: " + (waiting.isEmpty() ? "nothing (answered since)" : waiting) + ".");
    }

    private static String describe(Task task) {
        return task.getName() + (task.getAssignee() == null ? " (not claimed)" : " (claimed by " + task.getAssignee() + ")");
    }
}
