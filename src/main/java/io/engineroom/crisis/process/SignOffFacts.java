package io.engineroom.crisis.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start) on the "Both approved?" gateway: sets {@code legalApproved},
 * {@code executiveApproved} and their approvers from the history of this round's sign-off tasks (see
 * {@link SignOffs}) just before the gateway's conditions read them, so a rewritten variable cannot publish a
 * statement that legal or the executive did not approve.
 */
@Component("signOffFacts")
class SignOffFacts implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        for (SignOffSide side : SignOffSide.values()) {
            SignOffs.SignOff signOff = SignOffs.of(execution, side);
            side.approved.set(execution, signOff.approved());
            side.approver.set(execution, signOff.approver());
        }
    }
}
