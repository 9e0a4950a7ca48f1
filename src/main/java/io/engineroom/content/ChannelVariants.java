package io.engineroom.content;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.content.domain.ChannelVariant;
import io.engineroom.content.domain.ChannelVariantRepository;
import io.engineroom.content.domain.ContentItem;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-channel texts of content items, held to each platform's limits. Members of the item's brand read them;
 * copywriters and social media managers write them while the item is in production (see {@link ItemAccess}).
 */
@Service
public class ChannelVariants {

    private final ChannelVariantRepository variants;
    private final ChannelService channels;
    private final ItemAccess access;
    private final Clock clock;

    ChannelVariants(ChannelVariantRepository variants, ChannelService channels, ItemAccess access, Clock clock) {
        this.clock = clock;
        this.variants = variants;
        this.channels = channels;
        this.access = access;
    }

    /** Saves the text for one of the item's channels; refused (and nothing saved) if it does not fit. */
    @Transactional
    public VariantView write(long contentItemId, long channelId, String text) {
        ContentItem item = access.writable(contentItemId);
        requirePlanned(item, channelId);
        ChannelSummary channel = channel(channelId);
        List<String> problems = channel.platform().problems(text);
        if (!problems.isEmpty()) {
            throw new InvalidInput("text", String.join("; ", problems));
        }
        variants.findByContentItemIdAndChannelId(contentItemId, channelId).ifPresentOrElse(
                variant -> variant.rewrite(text, clock.instant()),
                () -> variants.save(new ChannelVariant(contentItemId, channelId, text, clock.instant())));
        return view(channel, text);
    }

    /** Removes the item's own text for a channel, so the approved caption goes out there. */
    @Transactional
    public void clear(long contentItemId, long channelId) {
        ContentItem item = access.writable(contentItemId);
        requirePlanned(item, channelId);
        variants.findByContentItemIdAndChannelId(contentItemId, channelId).ifPresent(variants::delete);
    }

    @Transactional(readOnly = true)
    public List<VariantView> of(long contentItemId) {
        access.readable(contentItemId);
        return variants.findByContentItemIdOrderByChannelId(contentItemId).stream()
                .map(variant -> view(channel(variant.getChannelId()), variant.getText())).toList();
    }

    /** How a text would fare on a channel, without saving it: for live counters while typing. */
    public VariantView preview(long channelId, String text) {
        ChannelSummary channel = channel(channelId);
        access.requireMember(channel.brandId());
        return view(channel, text == null ? "" : text);
    }

    private static void requirePlanned(ContentItem item, long channelId) {
        if (!item.getChannelIds().contains(channelId)) {
            throw new InvalidInput("channel", "The item is not planned for this channel");
        }
    }

    private ChannelSummary channel(long channelId) {
        return channels.find(channelId).orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
    }

    private static VariantView view(ChannelSummary channel, String text) {
        return new VariantView(channel, text, channel.platform().length(text), channel.platform().problems(text));
    }
}
