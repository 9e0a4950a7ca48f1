package io.engineroom.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notice is about, as a person chooses how to hear of it (at once, in the daily digest, in-app only). The
 * code is what an SOP names in a task's extension property {@code notice}. Crisis notices cannot be switched off
 * and ignore business hours: someone must always hear of a crisis at once.
 */
public enum NoticeKind {

    REVIEW_REMINDER("review-reminder", "A review has waited too long", false),
    APPROVAL_AT_RISK("approval-at-risk", "Content approval at risk", false),
    BACK_TO_PLANNING("back-to-planning", "Content back to planning", false),
    SLA_REMINDER("sla-reminder", "75 % of a response time used", false),
    SLA_BREACH("sla-breach", "Response time breached", false),
    VERIFY_PUBLICATION("verify-publication", "Verify a publication", false),
    POST_BY_HAND("post-by-hand", "Post by hand due", false),
    CHANNEL_RECONNECT("channel-reconnect", "A channel must be connected again", false),
    REPORT_DUE("report-due", "Report due", false),
    REPORT_SENT_BACK("report-sent-back", "Report sent back", false),
    REPORT_DISTRIBUTED("report-distributed", "Report distributed", false),
    SUPPORT_HAND_OFF("support-hand-off", "Support hand-off", false),
    MODERATE_BY_HAND("moderate-by-hand", "Moderate by hand on a platform", false),
    SOP_CHANGE("sop-change", "SOP changes", false),
    PEOPLE("people", "People joining and leaving", false),
    GENERAL("general", "Other notices", false),
    CRISIS("crisis", "Crisis notices", true);

    private final String code;
    private final String label;
    private final boolean crisis;

    NoticeKind(String code, String label, boolean crisis) {
        this.code = code;
        this.label = label;
        this.crisis = crisis;
    }

    /** The kind's name in models and storage, such as {@code sla-breach}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A crisis notice: always delivered at once, also outside business hours; no preference changes that. */
    public boolean isCrisis() {
        return crisis;
    }

    public static Optional<NoticeKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
