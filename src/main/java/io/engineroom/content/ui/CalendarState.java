package io.engineroom.content.ui;

import io.engineroom.content.CalendarItem;

/**
 * Where a content item stands as the calendar shows it, with its label and the stylesheet class that colours its
 * chip: in production (blue), approved (light green), published (green), back to planning (red), overdue or
 * unscheduled (grey). One place decides both, so a state cannot get a label without a colour or the reverse.
 */
enum CalendarState {
    IN_PRODUCTION("in-production", "In production", "er-chip--in-production"),
    APPROVED("approved", "Approved", "er-chip--approved"),
    PUBLISHED("published", "Published", "er-chip--published"),
    BACK_TO_PLANNING("back-to-planning", "Back to planning", "er-chip--back-to-planning"),
    OVERDUE("overdue", "Overdue", "er-chip--overdue"),
    UNSCHEDULED("unscheduled", "Unscheduled", "er-chip--unscheduled");

    private final String key;
    private final String label;
    private final String cssClass;

    CalendarState(String key, String label, String cssClass) {
        this.key = key;
        this.label = label;
        this.cssClass = cssClass;
    }

    static CalendarState of(CalendarItem item) {
        if (CalendarItem.PUBLISHED.equals(item.state())) {
            return PUBLISHED;
        }
        if (CalendarItem.BACK_TO_PLANNING.equals(item.state())) {
            return BACK_TO_PLANNING;
        }
        if (!item.scheduled()) {
            return UNSCHEDULED;
        }
        if (item.overdue()) {
            return OVERDUE;
        }
        return CalendarItem.APPROVED.equals(item.state()) ? APPROVED : IN_PRODUCTION;
    }

    /** The class screens and tests find a chip in this state by ("in-production", "approved", ...). */
    String key() {
        return key;
    }

    String label() {
        return label;
    }

    /** The stylesheet's colour for this state (overdue and unscheduled keep the chip's plain grey). */
    String cssClass() {
        return cssClass;
    }
}
