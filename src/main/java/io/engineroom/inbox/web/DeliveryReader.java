package io.engineroom.inbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionPriority;
import io.engineroom.inbox.OccurredAt;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * Reads a delivery's JSON strictly: every field has exactly its type (a number where text belongs is refused, not
 * turned into text), so what is stored is what the channel meant. A wrong type is a 400, a value of the right type
 * that is not acceptable (an unknown kind, a date that is not ISO-8601, text that is not valid Unicode, the rules of
 * {@link IncomingInteraction}) a 422; both list the problems by field. A single interaction counts as
 * {@code interactions[0]}.
 */
final class DeliveryReader {

    private DeliveryReader() {
    }

    /**
     * Checks the body's shape and, when it names a channel ({@code channelId} may be left out: the credentials
     * tell), that it is the authenticated one. Runs after authentication, like all parsing.
     *
     * @throws ApiProblem 400 for a body that is not an object or a channelId of the wrong type, 422 for a null
     *                    one, 403 for another channel than the credentials' (the same answer whether it exists)
     */
    static void requireChannel(JsonNode root, long authenticated) {
        if (root == null || !root.isObject()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed request",
                    "The body must be a JSON object: {\"channelId\": 7, \"interactions\": [...]}");
        }
        JsonNode channelId = root.get("channelId");
        if (channelId == null) {
            return;
        }
        if (channelId.isNull()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid delivery",
                    "channelId, when sent, is the channel's id; leave it out to deliver for the credentials' channel",
                    Map.of("channelId", "channelId must not be null"));
        }
        if (!channelId.isIntegralNumber() || !channelId.canConvertToLong() || channelId.asLong() <= 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed request", "channelId must be a positive whole number",
                    Map.of("channelId", "channelId must be a positive whole number"));
        }
        if (channelId.asLong() != authenticated) {
            throw ApiProblem.forbidden("The credentials are not channel " + channelId.asLong()
                    + "'s: nothing was stored");
        }
    }

    /** @param clock says what "now" is for occurredAt, which may not lie ahead of it */
    static List<IncomingInteraction> interactions(JsonNode root, Clock clock) {
        JsonNode batch = root.get("interactions");
        JsonNode single = root.get("interaction");
        if (batch != null && single != null) {
            throw malformed(Map.of("interaction", "Send either interaction or interactions, not both"));
        }
        JsonNode given = batch != null ? batch : single;
        String name = batch != null ? "interactions" : "interaction";
        if (given == null || given.isNull()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid delivery", "interactions is required",
                    Map.of("interactions", "Send at least one interaction"));
        }
        List<JsonNode> entries = new ArrayList<>();
        if (given.isArray() && batch != null) {
            given.forEach(entries::add);
        } else if (given.isObject()) {
            entries.add(given);
        } else {
            throw malformed(Map.of(name, name + " must be " + (batch != null ? "an array of objects or " : "")
                    + "an object"));
        }
        if (entries.size() > InteractionIntake.MAX_BATCH) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Too many interactions", "At most "
                    + InteractionIntake.MAX_BATCH + " interactions per delivery, not " + entries.size(),
                    Map.of("interactions", "At most " + InteractionIntake.MAX_BATCH + " per delivery"));
        }
        Map<String, String> wrongTypes = new LinkedHashMap<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        List<IncomingInteraction> interactions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            interactions.add(read(entries.get(i), "interactions[" + i + "]", wrongTypes, invalid, clock));
        }
        if (!wrongTypes.isEmpty()) {
            throw malformed(wrongTypes);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < interactions.size(); i++) {
            if (interactions.get(i) != null) {
                problems.putAll(interactions.get(i).problems("interactions[" + i + "]."));
            }
        }
        problems.putAll(invalid); // the more precise message where both found something
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid interactions",
                    problems.size() + " problem(s) in the delivery; nothing was stored", problems);
        }
        return interactions;
    }

    private static IncomingInteraction read(JsonNode entry, String path, Map<String, String> wrongTypes,
            Map<String, String> invalid, Clock clock) {
        if (!entry.isObject()) {
            wrongTypes.put(path, path + " must be an object");
            return null;
        }
        Fields fields = new Fields(entry, path + ".", wrongTypes, invalid, clock);
        return new IncomingInteraction(fields.text("externalId"),
                fields.choice("kind", InteractionKind.class), fields.text("authorHandle"), fields.text("authorName"),
                fields.text("text"), fields.text("inReplyTo"), fields.instant("occurredAt"),
                fields.choice("priority", InteractionPriority.class));
    }

    private static ApiProblem malformed(Map<String, String> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed request",
                errors.size() + " field(s) of the wrong JSON type; nothing was stored", errors);
    }

    /** One interaction object's fields, each read as its type, problems noted by path. */
    private record Fields(JsonNode entry, String prefix, Map<String, String> wrongTypes, Map<String, String> invalid,
            Clock clock) {

        String text(String name) {
            JsonNode value = entry.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                wrongTypes.put(prefix + name, name + " must be a string, not " + typeOf(value));
                return null;
            }
            String text = value.textValue();
            int unpaired = unpairedSurrogate(text);
            if (unpaired >= 0) {
                // it cannot be stored as it came (UTF-8 has no encoding for it): refuse rather than alter it
                invalid.put(prefix + name, name + " is not valid Unicode (an unpaired surrogate at position "
                        + unpaired + ")");
                return null;
            }
            return text;
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                invalid.put(prefix + name, name + " must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            }
        }

        Instant instant(String name) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            Instant instant = OccurredAt.parse(text, clock);
            if (instant == null) {
                invalid.put(prefix + name, name + " must be " + OccurredAt.EXPECTED);
            }
            return instant;
        }

        private static String typeOf(JsonNode value) {
            return switch (value.getNodeType()) {
                case ARRAY -> "an array";
                case OBJECT -> "an object";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
            };
        }
    }

    /** The index of the first surrogate that is not half of a pair, or -1. */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
