package io.engineroom.workflow.change;

import io.engineroom.workflow.SopVariable;

/** The change-review SOP's variables: only the reviewer's answers; which change it is comes from the business key. */
final class SopChangeVariables {

    static final SopVariable<String> REVIEW_DECISION = SopVariable.text("reviewDecision");
    static final SopVariable<String> REVIEW_COMMENT = SopVariable.text("reviewComment");
    static final SopVariable<Boolean> MIGRATE_INSTANCES = SopVariable.flag("migrateInstances");

    private SopChangeVariables() {
    }
}
