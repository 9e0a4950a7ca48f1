package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.APPROVAL_STAGES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start) on "Client sign-off needed?": when legal review came in between, the
 * {@code approvalStages} variable has been open to rewriting (dropping "client" would skip the client's sign-off),
 * so it is set again from what approval-stages.dmn decided, as the engine recorded the decision in history.
 * <p>
 * When the table decided in this very command (no legal review in between: the brand review that led here is
 * still being completed, so history does not show it finished yet), nobody could have changed the result, and it
 * is left as the table set it; the engine writes its history only when the command ends.
 */
@Component("approvalStagesOnRecord")
class ApprovalStagesOnRecord implements ExecutionListener {

    static final String DECISION = "approval-stages";
    static final String BRAND_REVIEW = "BrandReview";

    @Override
    public void notify(DelegateExecution execution) {
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        String instance = execution.getProcessInstanceId();
        boolean decidedJustNow = history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey(BRAND_REVIEW).unfinished().count() > 0;
        if (decidedJustNow) {
            return;
        }
        HistoricDecisionInstance decision = history.createHistoricDecisionInstanceQuery()
                .processInstanceId(instance).decisionDefinitionKey(DECISION).includeOutputs().list().stream()
                .max(Comparator.comparing(HistoricDecisionInstance::getEvaluationTime)
                        .thenComparing(found -> found.getId().length()).thenComparing(HistoricDecisionInstance::getId))
                .orElseThrow(() -> new IllegalStateException("Instance " + instance + " reached the client stage "
                        + "without a recorded " + DECISION + " decision"));
        List<String> stages = new ArrayList<>();
        for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
            if (output.getValue() != null) {
                stages.add(output.getValue().toString());
            }
        }
        APPROVAL_STAGES.set(execution, stages);
    }
}
