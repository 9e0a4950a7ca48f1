package io.engineroom.workflow.change;

import io.engineroom.workflow.Acting;
import io.engineroom.workflow.SopChange;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who decided a change's review: the person completing the review task in the current command. */
final class Reviewer {

    private Reviewer() {
    }

    static String of(DelegateExecution execution, SopChange change) {
        String reviewer = Acting.user().orElseThrow(() -> new AuthorizationException(
                "An SOP change is decided by a person completing its review, not by the engine"));
        if (reviewer.equals(change.proposedBy())) {
            throw new AuthorizationException(reviewer + " proposed this SOP change; another SOP owner must review it");
        }
        return reviewer;
    }
}
