package io.engineroom.inbox.listening;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.PlatformChannels;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes the comments, mentions and direct messages of platform channels into the inbox by polling, where a platform
 * has no push: each stream the channel's connector names is read page by page from its cursor, each page handed to
 * {@link InteractionIntake#accept} (which finds an interaction delivered before by its platform id instead of
 * doubling it), and the cursor moved only after the page is stored, so a restart or a second node reads on from
 * the last stored page.
 */
@Component
public class PlatformListening {

    /** Pages read per stream and poll: a long backlog is worked off over several polls. */
    static final int MAX_PAGES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(PlatformListening.class);

    private final ChannelService channels;
    private final BrandService brands;
    private final PlatformChannels platforms;
    private final InteractionIntake intake;
    private final ListeningCursorRepository cursors;
    private final Clock clock;

    PlatformListening(ChannelService channels, BrandService brands, PlatformChannels platforms,
            InteractionIntake intake, ListeningCursorRepository cursors, Clock clock) {
        this.channels = channels;
        this.brands = brands;
        this.platforms = platforms;
        this.intake = intake;
        this.cursors = cursors;
        this.clock = clock;
    }

    /** Polls every active brand's enabled platform channels; one channel's trouble does not stop the others. */
    public void pollAll() {
        for (BrandSummary brand : brands.active()) {
            for (ChannelSummary channel : channels.enabledOf(brand.id())) {
                if (!channel.connector().platformAccount()) {
                    continue;
                }
                try {
                    poll(channel.id());
                } catch (RuntimeException e) {
                    LOG.warn("Interactions of {} not imported: {}", channel.label(), e.toString());
                }
            }
        }
    }

    /** Reads every stream of the channel from its cursor; the number of new interactions. */
    public int poll(long channelId) {
        int created = 0;
        for (String stream : platforms.listeningStreams(channelId)) {
            created += poll(channelId, stream);
        }
        return created;
    }

    private int poll(long channelId, String stream) {
        int created = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            ListeningCursor.Key key = new ListeningCursor.Key(channelId, stream);
            String cursor = cursors.findById(key).map(ListeningCursor::value).orElse(null);
            InboundPage read = platforms.listen(channelId, stream, cursor);
            List<IncomingInteraction> interactions = new ArrayList<>();
            for (InboundItem item : read.items()) {
                IncomingInteraction interaction = interaction(item);
                var problems = interaction.problems("");
                if (problems.isEmpty()) {
                    interactions.add(interaction);
                } else {
                    LOG.warn("{} {} of channel {} skipped: {}", stream, item.externalId(), channelId, problems);
                }
            }
            if (!interactions.isEmpty()) {
                created += (int) intake.accept(channelId, interactions).created();
            }
            if (read.nextCursor() == null || read.nextCursor().equals(cursor)) {
                return created;
            }
            remember(key, read.nextCursor());
            if (!read.more()) {
                return created;
            }
        }
        return created;
    }

    private void remember(ListeningCursor.Key key, String value) {
        ListeningCursor cursor = cursors.findById(key).orElse(null);
        if (cursor == null) {
            cursor = new ListeningCursor(key.channelId(), key.stream(), value, clock.instant());
        } else {
            cursor.advance(value, clock.instant());
        }
        cursors.save(cursor);
    }

    /** An item read from a platform as the intake takes it (text and names cleaned, an empty text named). */
    public static IncomingInteraction interaction(InboundItem item) {
        InteractionKind kind = switch (item.kind()) {
            case COMMENT -> InteractionKind.COMMENT;
            case MENTION -> InteractionKind.MENTION;
            case DIRECT_MESSAGE -> InteractionKind.DIRECT_MESSAGE;
        };
        String text = item.text() == null || item.text().isBlank() ? "(no text)" : item.text();
        return new IncomingInteraction(item.externalId(), kind, item.authorHandle(),
                item.authorName() == null ? null : IncomingInteraction.shorten(IncomingInteraction.clean(
                        item.authorName()), IncomingInteraction.MAX_NAME),
                IncomingInteraction.shorten(IncomingInteraction.clean(text), IncomingInteraction.MAX_TEXT),
                item.inReplyTo(), item.occurredAt(), null);
    }
}
