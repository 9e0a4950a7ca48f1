package io.engineroom.content.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Durations the content SOP reads in its timer expressions ({@code ${sopTimings.reviewReminder}}), set in
 * configuration so a team can change them without touching the model.
 */
@Component("sopTimings")
public class SopTimings {

    private final String reviewReminder;

    SopTimings(@Value("${engineroom.content.review-reminder:P1D}") String reviewReminder) {
        this.reviewReminder = reviewReminder;
    }

    /** ISO-8601 duration after which a waiting reviewer is reminded (default one day). */
    public String getReviewReminder() {
        return reviewReminder;
    }
}
