package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.NEEDS_VISUAL;
import static io.engineroom.content.ContentApprovalVariables.PAID_PROMOTION;

import io.engineroom.content.ContentService;
import io.engineroom.workflow.SopVariable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The facts the content SOP decides and acts on, read from their owners instead of from process variables (which
 * anyone able to reach the engine could rewrite): the item is the one whose record names this instance, the brand
 * is the instance's tenant (fixed when it started) and the item's own brand, and what the producers wrote is what
 * history says they submitted when they completed their tasks.
 */
@Component
class PieceFacts {

    static final String WRITE_BRIEF = "WriteBrief";
    static final String WRITE_COPY = "WriteCopy";
    static final String CREATE_VISUAL = "CreateVisual";

    private final ContentService content;

    PieceFacts(ContentService content) {
        this.content = content;
    }

    /** The content item this instance runs (business key {@code content:<id>}, checked against the item's record). */
    long item(DelegateExecution execution) {
        // an instance another SOP called (an influencer campaign's creator draft) names its caller to the item
        DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
        return content.itemOfInstance(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                caller == null ? null : caller.getProcessInstanceId());
    }

    /** The brand acted on: the item's, which must be the instance's tenant. */
    String brand(DelegateExecution execution) {
        String brand = content.brandOf(item(execution));
        String tenant = execution.getTenantId();
        if (tenant != null && !tenant.equals(brand)) {
            throw new IllegalStateException("Instance " + execution.getProcessInstanceId() + " runs for brand '"
                    + tenant + "' but its content item belongs to '" + brand + "'");
        }
        return brand;
    }

    /** The caption as the copywriter last submitted it, else as the instance started with it (carried over). */
    static String caption(DelegateExecution execution) {
        return answer(execution, WRITE_COPY, CAPTION);
    }

    /** Whether the brief (as its writer last submitted it, else as planned) declares a paid promotion. */
    static boolean paidPromotion(DelegateExecution execution) {
        return Boolean.TRUE.equals(answer(execution, WRITE_BRIEF, PAID_PROMOTION));
    }

    /** Whether the brief (as its writer last submitted it, else as planned) asks for a visual. */
    static boolean needsVisual(DelegateExecution execution) {
        return Boolean.TRUE.equals(answer(execution, WRITE_BRIEF, NEEDS_VISUAL));
    }

    private static <T> T answer(DelegateExecution execution, String taskKey, SopVariable<T> variable) {
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        String instance = execution.getProcessInstanceId();
        return variable.lastAnswer(history, instance, taskKey)
                .or(() -> variable.firstValue(history, instance)).orElse(null);
    }
}
