package io.engineroom.notification.outbox;

/** Where an outbox delivery goes. */
public enum DeliveryChannel {
    /** An e-mail: one notice, or a person's daily digest. */
    MAIL,
    /** A team chat message (Slack, Microsoft Teams, Mattermost) to a brand's chat target. */
    CHAT,
    /** A signed event webhook call to a brand's subscription. */
    WEBHOOK
}
