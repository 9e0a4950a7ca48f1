package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;

import io.engineroom.content.ContentService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Service task "Return to planning": the publish time passed before the piece was approved. The item goes back
 * to planning with a reason that says when and where it was stuck, so the next plan can fix that.
 */
@Component("returnToPlanning")
class ReturnToPlanning implements JavaDelegate {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneId.of("UTC"));

    private final ContentService content;
    private final PieceFacts facts;

    ReturnToPlanning(ContentService content, PieceFacts facts) {
        this.content = content;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String when = PUBLISH_AT.findIfTyped(execution).map(date -> WHEN.format(date.toInstant()))
                .orElse("The publish time");
        content.returnToPlanning(facts.item(execution),
                when + " passed before the piece was approved; it was waiting at: " + waitingAt(execution));
    }

    /**
     * The steps the deadline just cancelled. They are ended in this same transaction, and the engine writes that
     * to its history only when the transaction ends, so history still lists them as unfinished here.
     */
    private static String waitingAt(DelegateExecution execution) {
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        String open = history.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .unfinished().list().stream()
                .filter(task -> !"ChaseApproval".equals(task.getTaskDefinitionKey()))
                .map(ReturnToPlanning::describe).collect(Collectors.joining(", "));
        return open.isEmpty() ? "no open step" : open;
    }

    private static String describe(HistoricTaskInstance task) {
        return task.getName() + (task.getAssignee() == null ? " (unclaimed)" : " (claimed by " + task.getAssignee() + ")");
    }
}
