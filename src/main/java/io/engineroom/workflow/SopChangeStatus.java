package io.engineroom.workflow;

/**
 * Where an SOP change stands. Only a live change's models are used: its processes start new instances and its
 * decisions decide; the others stay deployed (history is never deleted) but suspended and unused.
 */
public enum SopChangeStatus {
    /** Deployed suspended; another SOP owner of its brand has a review task. */
    IN_REVIEW("waits for review", false),
    /** Approved by a reviewer who did not propose it, and live since. */
    APPROVED("approved", true),
    /** Rejected with a comment: stays suspended. */
    REJECTED("rejected", false),
    /** Activated by an administrator without review, with a written reason. */
    EMERGENCY("activated in an emergency", true),
    /** The SOP folder's first deployment on an empty database: live at once, nothing to compare with. */
    AT_ONCE("live at first start", true);

    private final String label;
    private final boolean live;

    SopChangeStatus(String label, boolean live) {
        this.label = label;
        this.live = live;
    }

    public String label() {
        return label;
    }

    public boolean live() {
        return live;
    }
}
