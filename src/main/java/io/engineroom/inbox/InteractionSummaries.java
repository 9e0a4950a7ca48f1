package io.engineroom.inbox;

import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.inbox.domain.Interaction;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Turns interaction rows into summaries, looking each channel up once per call. */
@Component
class InteractionSummaries {

    private final ChannelService channels;

    InteractionSummaries(ChannelService channels) {
        this.channels = channels;
    }

    /** A converter with its own channel cache, for one list of rows. */
    Converter converter() {
        Map<Long, Optional<ChannelSummary>> known = new HashMap<>();
        return interaction -> summary(interaction,
                known.computeIfAbsent(interaction.getChannelId(), channels::find).orElse(null));
    }

    @FunctionalInterface
    interface Converter {
        InteractionSummary of(Interaction interaction);
    }

    private static InteractionSummary summary(Interaction interaction, ChannelSummary channel) {
        return new InteractionSummary(interaction.getId(), interaction.getBrandId(), interaction.getChannelId(),
                channel == null ? "channel " + interaction.getChannelId() : channel.label(),
                channel == null ? 500 : channel.platform().maxLength(), interaction.getKind(),
                interaction.getAuthorHandle(), interaction.getAuthorName(), interaction.getText(),
                interaction.getOccurredAt(), interaction.getSentiment(), interaction.getCategory(),
                interaction.getState(), interaction.getModeration(), interaction.getModelVersion(),
                interaction.getLanguage());
    }
}
