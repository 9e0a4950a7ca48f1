package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;
import static io.engineroom.content.ContentApprovalVariables.RELEASE_CHOICE;

import io.engineroom.workflow.SopVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener at the start of "Get the piece approved": defines {@code releaseChoice} and {@code publishAt}
 * on the instance (null when the item has none yet), so the SOP's gateways read them as plain variables,
 * {@code ${releaseChoice == 'BACK_TO_REVIEW'}}, {@code ${publishAt != null}}. An undefined variable in an expression
 * is an error, and the way around it, {@code execution.getVariable(...)}, is a call into the engine that the SOP lint
 * refuses. A value already there is kept.
 */
@Component("approvalRouteVariables")
class ApprovalRouteVariables implements ExecutionListener {

    static final List<SopVariable<?>> DEFINED = List.of(RELEASE_CHOICE, PUBLISH_AT);

    @Override
    public void notify(DelegateExecution execution) {
        for (SopVariable<?> variable : DEFINED) {
            if (!execution.hasVariable(variable.name())) {
                variable.set(execution.getProcessInstance(), null);
            }
        }
    }
}
