package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_APPROVED;
import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_APPROVER;
import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_FEEDBACK;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVED;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVER;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_FEEDBACK;

import io.engineroom.workflow.SopVariable;

/**
 * The two sign-offs of the holding statement, each with its user task and its own variables: they run side by side
 * on one instance, so neither may write (or read) the other's decision.
 */
enum SignOffSide {

    LEGAL("LegalSignOff", "Legal", LEGAL_APPROVED, LEGAL_APPROVER, LEGAL_FEEDBACK),
    EXECUTIVE("ExecutiveSignOff", "Executive", EXECUTIVE_APPROVED, EXECUTIVE_APPROVER, EXECUTIVE_FEEDBACK);

    final String taskKey;
    /** How the timeline names the side. */
    final String label;
    final SopVariable<Boolean> approved;
    final SopVariable<String> approver;
    final SopVariable<String> feedback;

    SignOffSide(String taskKey, String label, SopVariable<Boolean> approved, SopVariable<String> approver,
            SopVariable<String> feedback) {
        this.taskKey = taskKey;
        this.label = label;
        this.approved = approved;
        this.approver = approver;
        this.feedback = feedback;
    }

    static SignOffSide ofTask(String taskKey) {
        for (SignOffSide side : values()) {
            if (side.taskKey.equals(taskKey)) {
                return side;
            }
        }
        throw new IllegalStateException("recordSignOff belongs on " + LEGAL.taskKey + " or " + EXECUTIVE.taskKey
                + ", not " + taskKey);
    }
}
