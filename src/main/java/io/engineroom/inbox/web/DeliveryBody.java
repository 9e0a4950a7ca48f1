package io.engineroom.inbox.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionPriority;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The body of {@code POST /api/interactions} as the OpenAPI document shows it. Nothing is bound to this type:
 * {@link DeliveryReader} reads the JSON itself, strictly and only once the sender has proven who it is, so this
 * record exists to describe the body, with the limits the reader and {@link IncomingInteraction} enforce.
 */
@Schema(name = "Delivery", description = "One interaction (`interaction`) or a batch (`interactions`), not both.")
record DeliveryBody(
        @Schema(description = "The channel's id. May be left out (the credentials name the channel); when sent, it "
                + "must be the credentials' channel.", minimum = "1", example = "7") Long channelId,
        @ArraySchema(maxItems = InteractionIntake.MAX_BATCH, arraySchema = @Schema(
                description = "A batch, stored all or nothing")) List<Interaction> interactions,
        @Schema(description = "A single interaction, instead of a batch") Interaction interaction) {

    /** One interaction as the platform reported it; the same externalId on the same channel is the same one. */
    @Schema(name = "IncomingInteraction")
    record Interaction(
            @Schema(requiredMode = REQUIRED, maxLength = IncomingInteraction.MAX_NAME, example = "109337151213",
                    description = "The platform's id for it: a repeated delivery is recognised by it")
            String externalId,
            @Schema(requiredMode = REQUIRED, description = "Case does not matter") InteractionKind kind,
            @Schema(requiredMode = REQUIRED, maxLength = IncomingInteraction.MAX_NAME, example = "@anna@example.social")
            String authorHandle,
            @Schema(maxLength = IncomingInteraction.MAX_NAME, example = "Anna") String authorName,
            @Schema(requiredMode = REQUIRED, maxLength = IncomingInteraction.MAX_TEXT,
                    example = "My order never arrived") String text,
            @Schema(maxLength = IncomingInteraction.MAX_NAME, description = "The platform's id of the post or message "
                    + "it answers") String inReplyTo,
            @Schema(requiredMode = REQUIRED, description = "When it was posted, with an offset: after 1990 and not "
                    + "more than a day ahead of Engine Room's clock", example = "2026-11-21T09:30:00Z")
            OffsetDateTime occurredAt,
            @Schema(description = "As far as the channel knows; left out: NORMAL") InteractionPriority priority) {
    }
}
