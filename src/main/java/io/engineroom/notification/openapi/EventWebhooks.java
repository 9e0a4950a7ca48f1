package io.engineroom.notification.openapi;

import io.engineroom.base.TeamEventType;
import io.engineroom.notification.outbox.OutboxSettings;
import io.engineroom.notification.webhook.WebhookChannel;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The events Engine Room sends to webhook subscriptions, as OpenAPI 3.1 webhooks: one per {@link TeamEventType},
 * built from the enum when the document is served, so a new type or a changed field is in the contract without
 * anyone writing it twice. The retry policy is read from the outbox's settings, so the document says what this
 * installation does.
 */
@Component
class EventWebhooks implements OpenApiCustomizer {

    static final String TAG = "Events";

    private final OutboxSettings outbox;

    EventWebhooks(OutboxSettings outbox) {
        this.outbox = outbox;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.addTagsItem(new Tag().name(TAG).description("What Engine Room tells the subscribers of a brand's events. "
                + "Subscriptions are made per brand (Admin, Webhooks) for chosen events, each with its own secret."));
        for (TeamEventType type : TeamEventType.values()) {
            String schema = schemaName(type);
            api.getComponents().addSchemas(schema, envelope(type));
            api.addWebhooks(type.wireName(), new PathItem().post(operation(type, schema)));
        }
    }

    private Operation operation(TeamEventType type, String schema) {
        return new Operation().operationId(operationId(type)).summary(type.label()).addTagsItem(TAG)
                .description(type.description() + "\n\nSent as a POST to the subscription's URL. Check the signature "
                        + "before trusting the body, and answer fast: do the work after answering.")
                .parameters(List.of(
                        header(WebhookChannel.EVENT_HEADER, "The event's type", text()._const(type.wireName())),
                        header(WebhookChannel.DELIVERY_HEADER, "The event's id, as `id` in the body: the same on every "
                                + "attempt and re-send", text()),
                        header(WebhookChannel.TIMESTAMP_HEADER, "Unix time in seconds of signing; refuse a stale one "
                                + "to stop replays", typed("integer")),
                        header(WebhookChannel.SIGNATURE_HEADER, "`sha256=<hex>`: the HMAC-SHA256, with the "
                                + "subscription's secret, of `<X-EngineRoom-Timestamp>.<raw body>`; compare in "
                                + "constant time",
                                text().pattern("^sha256=[0-9a-f]{64}$"))))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType(
                        org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + schema)))))
                .responses(new ApiResponses()
                        .addApiResponse("2XX", new ApiResponse().description("Acknowledged: the delivery is done"))
                        .addApiResponse("408", retried("Timed out"))
                        .addApiResponse("429", retried("Too many requests"))
                        .addApiResponse("5XX", retried("The receiver failed"))
                        .addApiResponse("default", new ApiResponse().description("Any other answer is a refusal for "
                                + "good: the delivery is dead at once (it can be sent again from the delivery log)")));
    }

    /** What the outbox does after a failed attempt (no answer within 10 s or no connection count as one, too). */
    private ApiResponse retried(String what) {
        return new ApiResponse().description(what + ": tried again, as when there is no answer within 10 s or no "
                + "connection, after " + outbox.firstRetry() + ", then twice as long each time up to "
                + outbox.maxRetryDelay() + " (ISO-8601 durations). After " + outbox.maxAttempts() + " attempts the "
                + "delivery is dead; it can be sent again from the subscription's delivery log.");
    }

    private static Parameter header(String name, String description, Schema<?> schema) {
        return new HeaderParameter().name(name).required(true).description(description).schema(schema);
    }

    /** The envelope every event comes in, with its type fixed and its data described from the type's fields. */
    private static Schema<?> envelope(TeamEventType type) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("id", text().description("The event's id: the same in every delivery of this event, re-sends "
                + "included, so a receiver can skip one it has handled"));
        properties.put("type", text().description("The event's type")._const(type.wireName()));
        properties.put("occurredAt", dateTime().description("When it happened"));
        properties.put("brand", typed("string", "null").description("The id of the brand it happened to; null for "
                + "something shared by all brands").example("beanleaf"));
        properties.put("summary", text().description("One line for people"));
        properties.put("link", typed("string", "null").format("uri").description("Where to act on it in Engine "
                + "Room; null when there is nowhere"));
        properties.put("data", data(type));
        return typed("object").title(type.label()).description(type.description()).properties(properties)
                .required(List.of("id", "type", "occurredAt", "summary", "data"));
    }

    private static Schema<?> data(TeamEventType type) {
        Map<String, Schema> fields = new LinkedHashMap<>();
        for (TeamEventType.Field field : type.fields()) {
            fields.put(field.name(), fieldSchema(field.type()).description(field.description()));
        }
        return typed("object").description("The facts of a " + type.wireName() + " event").properties(fields)
                .required(type.fields().stream().filter(field -> !field.optional()).map(TeamEventType.Field::name)
                        .toList());
    }

    /** A field's JSON type; times and dates are strings in ISO-8601 (RFC 3339). */
    private static Schema<?> fieldSchema(String type) {
        return switch (type) {
            case "date-time" -> dateTime();
            case "date" -> text().format("date");
            case "integer" -> typed("integer").format("int64");
            default -> typed(type);
        };
    }

    private static Schema<?> dateTime() {
        return text().format("date-time");
    }

    private static Schema<?> text() {
        return typed("string");
    }

    private static Schema<?> typed(String... types) {
        return new JsonSchema().types(Set.of(types));
    }

    /** SLA_BREACHED: SlaBreachedEvent. */
    static String schemaName(TeamEventType type) {
        return operationId(type).substring(0, 1).toUpperCase(Locale.ROOT) + operationId(type).substring(1) + "Event";
    }

    /** SLA_BREACHED: slaBreached. */
    private static String operationId(TeamEventType type) {
        StringBuilder id = new StringBuilder();
        for (String word : type.name().toLowerCase(Locale.ROOT).split("_")) {
            id.append(id.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return id.toString();
    }
}
