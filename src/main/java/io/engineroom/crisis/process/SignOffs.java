package io.engineroom.crisis.process;

import java.util.Comparator;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * How this round's legal and executive sign-offs of the holding statement went, from Camunda's history of the
 * sign-off tasks (who completed each, and the decision {@link RecordSignOff} recorded in that task as it
 * completed), never from the {@code legalApproved} / {@code executiveApproved} variables, which one side (or
 * anyone able to reach the engine) could have rewritten for the other.
 * <p>
 * The sign-off completed in the very command that reaches the gateway is not in the history tables yet (the engine
 * writes them when the command ends): for that one, and only that one, the decision is the variable its complete
 * listener has just set in the same command, where nobody else can change it.
 */
final class SignOffs {

    /** One side's sign-off: approved, and by whom. */
    record SignOff(boolean approved, String approver) {
        static final SignOff NONE = new SignOff(false, null);
    }

    private SignOffs() {
    }

    static SignOff of(DelegateExecution execution, SignOffSide side) {
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        // the one being completed now (unfinished in the tables), else the last one completed
        Optional<HistoricTaskInstance> latest = history.createHistoricTaskInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(side.taskKey).list().stream()
                .max(Comparator.comparing((HistoricTaskInstance task) -> task.getEndTime() == null)
                        .thenComparing(task -> task.getEndTime() == null ? task.getStartTime() : task.getEndTime())
                        .thenComparing(task -> task.getId().length()).thenComparing(HistoricTaskInstance::getId));
        if (latest.isEmpty()) {
            return SignOff.NONE;
        }
        HistoricTaskInstance task = latest.get();
        boolean approved;
        if (task.getEndTime() == null) {
            approved = Boolean.TRUE.equals(side.approved.get(execution));
        } else {
            approved = (task.getDeleteReason() == null || "completed".equals(task.getDeleteReason()))
                    && side.approved.answered(history, task).orElse(false);
        }
        return approved && task.getAssignee() != null ? new SignOff(true, task.getAssignee()) : SignOff.NONE;
    }

    static SignOff legal(DelegateExecution execution) {
        return of(execution, SignOffSide.LEGAL);
    }

    static SignOff executive(DelegateExecution execution) {
        return of(execution, SignOffSide.EXECUTIVE);
    }
}
