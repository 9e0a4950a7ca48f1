package io.engineroom.community;

import io.engineroom.workflow.SopExpressionBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The ugc-permission SOP's timer reads {@code ${communityTimings.ugcReminder}}: set in configuration, so a team
 * changes when unanswered requests are chased without touching the model. An SOP expression bean: its only
 * property is a duration.
 */
@SopExpressionBean
@Component("communityTimings")
public class CommunityTimings {

    private final String ugcReminder;

    @Autowired
    public CommunityTimings(CommunitySettings settings) {
        this(settings.ugcReminder());
    }

    public CommunityTimings(String ugcReminder) {
        this.ugcReminder = ugcReminder;
    }

    /** ISO-8601 duration after which an unanswered repost request is chased. */
    public String getUgcReminder() {
        return ugcReminder;
    }
}
