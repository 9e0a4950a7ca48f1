package io.engineroom.workflow;

import java.util.List;
import java.util.Map;

/**
 * A check another capability runs when a task's form is submitted, whose findings the person may override with a
 * reason (the brand's voice check on a copy, reply or holding statement). Like {@link TaskPanel}, the workflow
 * module knows forms, not what their fields mean: it asks every such bean, shows the findings next to their fields
 * and holds the submit; once the person submits anyway with a reason, it calls {@link #overridden} before it
 * completes the task. Not a rule of the SOP: what an SOP requires is checked by the SOP and its services.
 */
public interface TaskSubmitCheck {

    /**
     * Called on submit with what the person entered (the form's editable fields).
     *
     * @return what is flagged, each with the field it belongs to; empty when none or not this check's task
     */
    List<Finding> check(TaskDetails task, Map<String, Object> submitted);

    /**
     * Records that the person submits these values although this check flagged them, and why: the check runs
     * again on them, so what is recorded is what was flagged in what went out. Throws
     * {@link io.engineroom.base.InvalidInput} (on "reason") when the reason is refused; the task is then not completed.
     */
    void overridden(TaskDetails task, Map<String, Object> submitted, String reason);

    /** One thing flagged, next to the field with this key. */
    record Finding(String field, String message) {
    }
}
