package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.APPROVAL_LEAD_HOURS;
import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import io.engineroom.content.ContentSettings;
import io.engineroom.workflow.SopExpressionBean;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Times the content SOP reads in its timer expressions ({@code ${sopTimings.reviewReminder}},
 * {@code ${sopTimings.approvalAtRisk(execution)}}), set in configuration or computed from the item's variables, so
 * a team can change them without touching the model.
 * <p>
 * The approval timers need a date even when there is nothing to wait for (no publish time yet, or a publish time
 * already past when a freeze sends a piece back to review): then they wait for {@link #NEVER}, and a reschedule
 * moves them ({@code ContentService.reschedule}).
 * <p>
 * An SOP expression bean: models may read its properties and call its methods, nothing else of the engine.
 */
@SopExpressionBean
@Component("sopTimings")
public class SopTimings {

    /** "No deadline": far enough to never fire, near enough for every database's timestamp type. */
    public static final Date NEVER = Date.from(Instant.parse("9999-01-01T00:00:00Z"));

    static final long DEFAULT_LEAD_HOURS = 48;

    private final String reviewReminder;
    private final String firstDayMetrics;

    @Autowired
    public SopTimings(ContentSettings settings) {
        this(settings.reviewReminder(), settings.firstDayMetricsAfter());
    }

    public SopTimings(String reviewReminder, String firstDayMetrics) {
        this.reviewReminder = reviewReminder;
        this.firstDayMetrics = firstDayMetrics;
    }

    /** ISO-8601 duration after which a waiting reviewer is reminded (default one day). */
    public String getReviewReminder() {
        return reviewReminder;
    }

    /** ISO-8601 duration from publishing to collecting the first day's metrics (default one day). */
    public String getFirstDayMetrics() {
        return firstDayMetrics;
    }

    /** When the social media manager must chase an approval: publish time minus the brand's lead time. */
    public Date approvalAtRisk(VariableScope execution) {
        // a timer must get a date whatever the variables hold: a value of another type counts as none
        long leadHours = APPROVAL_LEAD_HOURS.findIfTyped(execution).orElse(DEFAULT_LEAD_HOURS);
        return atRisk(approvalDeadline(execution), leadHours);
    }

    /** When an unapproved piece goes back to planning: its publish time, if that is still ahead. */
    public Date approvalDeadline(VariableScope execution) {
        return deadline(PUBLISH_AT.findIfTyped(execution).orElse(null));
    }

    /** The same rule for a new publish time, when a reschedule moves the approval timers. */
    public static Date deadline(Object publishAt) {
        if (publishAt instanceof Date date && date.after(ClockUtil.getCurrentTime())) {
            return date;
        }
        return NEVER;
    }

    /** The at-risk time for a deadline and lead time, as {@link #approvalAtRisk} computes it. */
    public static Date atRisk(Date deadline, long leadHours) {
        return deadline == NEVER ? NEVER : Date.from(deadline.toInstant().minus(Duration.ofHours(leadHours)));
    }
}
