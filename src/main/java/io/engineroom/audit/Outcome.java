package io.engineroom.audit;

/** How a SOP instance stands: still running, completed at an end event, or cancelled / terminated. */
public enum Outcome {
    RUNNING("Running"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From Camunda's historic instance state (ACTIVE, SUSPENDED, COMPLETED, EXTERNALLY_ / INTERNALLY_TERMINATED). */
    public static Outcome of(String camundaState) {
        if (camundaState == null || "ACTIVE".equals(camundaState) || "SUSPENDED".equals(camundaState)) {
            return RUNNING;
        }
        return "COMPLETED".equals(camundaState) ? COMPLETED : CANCELLED;
    }
}
