package io.engineroom.workflow.ui;

import java.time.Duration;

/**
 * An SLA due as a countdown shows it: still ahead, or missed. Each state names the stylesheet class that colours
 * it, so the server's first rendering and the page's ticker (which toggles the same class) cannot disagree.
 */
enum DueState {
    AHEAD("er-due"),
    OVERDUE("er-due--overdue");

    private final String cssClass;

    DueState(String cssClass) {
        this.cssClass = cssClass;
    }

    String cssClass() {
        return cssClass;
    }

    static DueState of(Duration left) {
        return left.isNegative() ? OVERDUE : AHEAD;
    }
}
