package io.engineroom.base;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a brand that its team, its team chat and its other tools want to hear about: an SLA
 * breached, content published, an incident raised. Each module publishes its own event records implementing this
 * (as Spring application events, in the transaction of their cause); the notification module turns them into chat
 * messages and signed webhook deliveries without knowing the modules, so no module depends on it for that.
 */
public interface TeamEvent {

    /** Which event this is: its name on the wire and in subscriptions. */
    TeamEventType type();

    /** The brand it happened to; null for something shared by all brands (a shared SOP changed). */
    String brandId();

    /** When it happened. */
    Instant occurredAt();

    /** One line for people (a chat message's text), such as "SLA breached: reply to @anna on Mastodon". */
    String summary();

    /** Where to act in Engine Room: an app path such as {@code /incidents/12}; null when there is nowhere. */
    String link();

    /**
     * The event's facts for integrations, exactly the fields {@link TeamEventType#fields()} documents (the OpenAPI
     * document and a test hold the two together). Values are strings, numbers or booleans; times as ISO-8601
     * strings.
     */
    Map<String, Object> data();
}
