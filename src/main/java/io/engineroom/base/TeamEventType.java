package io.engineroom.base;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every event Engine Room tells integrations and team chats about, with the fields of its {@link TeamEvent#data()}.
 * The list is the contract: the OpenAPI document describes one webhook per type from it, subscriptions choose from
 * it, and a test fails when a published event carries other fields than its type documents.
 */
public enum TeamEventType {

    INTERACTION_RECEIVED("interaction.received", "Interaction received",
            "A comment, message or mention arrived in a brand's inbox.",
            field("interactionId", "string", "The interaction's id"),
            field("channelId", "integer", "The channel it arrived on"),
            field("sentiment", "string", "positive, neutral or negative"),
            field("category", "string", "What it is about, such as complaint or question"),
            field("receivedAt", "date-time", "When Engine Room received it")),
    SLA_BREACHED("sla.breached", "SLA breached",
            "An interaction was not answered within its response time.",
            field("interactionId", "string", "The interaction's id"),
            field("queue", "string", "The role whose queue it waits in"),
            field("dueAt", "date-time", "When the answer was due")),
    CONTENT_APPROVED("content.approved", "Content approved",
            "A content item passed every review of its approval chain.",
            field("contentId", "integer", "The content item's id"),
            field("title", "string", "The item's working title"),
            field("publishAt", "date-time", "When it is planned to go out; absent when it has no time yet")),
    CONTENT_PUBLISHED("content.published", "Content published",
            "A content item went out on one of its channels.",
            field("contentId", "integer", "The content item's id"),
            field("channelId", "integer", "The channel it went out on"),
            field("url", "string", "Where it can be seen; absent when the platform did not say")),
    PUBLICATION_FAILED("publication.failed", "Publication failed",
            "A content item could not be published on a channel, or its outcome is unknown.",
            field("contentId", "integer", "The content item's id"),
            field("channelId", "integer", "The channel it was meant for"),
            field("reason", "string", "What went wrong, or why its outcome is unknown")),
    INCIDENT_RAISED("incident.raised", "Incident raised",
            "A crisis incident was raised, by hand or by a negative-sentiment spike.",
            field("incidentId", "integer", "The incident's id"),
            field("title", "string", "What the incident is about")),
    INCIDENT_SEVERITY_CHANGED("incident.severity-changed", "Incident severity changed",
            "An incident's severity was assessed or changed.",
            field("incidentId", "integer", "The incident's id"),
            field("severity", "integer", "The severity now, 1 (worst) to 4"),
            field("previousSeverity", "integer", "The severity before, absent at the first assessment")),
    INCIDENT_RESOLVED("incident.resolved", "Incident resolved",
            "An incident was resolved and its freeze lifted or kept as decided.",
            field("incidentId", "integer", "The incident's id"),
            field("resolution", "string", "How it was resolved")),
    REPORT_APPROVED("report.approved", "Report approved",
            "A report was approved and distributed.",
            field("reportId", "integer", "The report's id"),
            field("cadence", "string", "daily, weekly, monthly or quarterly"),
            field("periodStart", "string", "The first day it covers (ISO date)"),
            field("periodEnd", "string", "The day after the last day it covers (ISO date)")),
    SOP_CHANGED("sop.changed", "SOP changed",
            "An SOP change was approved, rejected or activated at once.",
            field("changeId", "integer", "The SOP change's id"),
            field("status", "string", "APPROVED, REJECTED or EMERGENCY"),
            field("summary", "string", "Which models changed"),
            field("decidedBy", "string", "Who decided"));

    /** One documented field of an event's data: its name, its JSON type (or date-time) and what it means. */
    public record Field(String name, String type, String description) {

        /**
         * Whether an event may leave this field out: its description says when ("absent when ..."). Every other
         * field is in every event of its type (the OpenAPI document lists those as required).
         */
        public boolean optional() {
            return description.contains("absent ");
        }
    }

    private final String wireName;
    private final String label;
    private final String description;
    private final List<Field> fields;

    TeamEventType(String wireName, String label, String description, Field... fields) {
        this.wireName = wireName;
        this.label = label;
        this.description = description;
        this.fields = List.of(fields);
    }

    /** The name in payloads, headers and subscriptions, such as {@code sla.breached}. */
    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public List<Field> fields() {
        return fields;
    }

    public static Optional<TeamEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    private static Field field(String name, String type, String description) {
        return new Field(name, type, description);
    }
}
