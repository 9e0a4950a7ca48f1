package io.engineroom.workflow.lint;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;

/**
 * Whether a timer's text parses, read by the same calendars Camunda schedules timers with, so the lint and the
 * engine agree: an ISO 8601 date (or a duration) for {@code timeDate}, an ISO 8601 duration for {@code
 * timeDuration}, a repeating interval ({@code R3/PT1H}) or a cron expression for {@code timeCycle}.
 */
final class TimerChecks {

    enum Kind {
        DATE("an ISO 8601 date like 2026-01-31T09:00:00Z", new DueDateBusinessCalendar()),
        DURATION("an ISO 8601 duration like PT4H or P1D", new DurationBusinessCalendar()),
        CYCLE("a repeating interval like R/PT1H or a cron expression like 0 0 8 * * ?", new CycleBusinessCalendar());

        final String expected;
        final BusinessCalendar calendar;

        Kind(String expected, BusinessCalendar calendar) {
            this.expected = expected;
            this.calendar = calendar;
        }
    }

    private TimerChecks() {
    }

    /** Null when the text parses (or is an expression, resolved only when the timer starts), else the problem. */
    static String problem(Kind kind, String text) {
        if (Expressions.isBlank(text)) {
            return "the timer has no " + kind.name().toLowerCase() + ": expected " + kind.expected;
        }
        if (Expressions.isExpression(text)) {
            return null;
        }
        try {
            kind.calendar.resolveDuedate(text.trim());
            return null;
        } catch (RuntimeException e) {
            return "the timer's " + kind.name().toLowerCase() + " '" + text.trim() + "' does not parse: expected "
                    + kind.expected;
        }
    }
}
