package io.engineroom.content;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.content.domain.ChannelVariant;
import io.engineroom.content.domain.ChannelVariantRepository;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-channel texts of content items, held to each platform's limits. */
@Service
public class ChannelVariants {

    private final ContentItemRepository items;
    private final ChannelVariantRepository variants;
    private final ChannelService channels;

    ChannelVariants(ContentItemRepository items, ChannelVariantRepository variants, ChannelService channels) {
        this.items = items;
        this.variants = variants;
        this.channels = channels;
    }

    /** Saves the text for one of the item's channels; refused (and nothing saved) if it does not fit. */
    @Transactional
    public VariantView write(long contentItemId, long channelId, String text) {
        ContentItem item = items.findById(contentItemId)
                .orElseThrow(() -> new InvalidInput("contentItem", "No content item " + contentItemId));
        if (!item.getChannelIds().contains(channelId)) {
            throw new InvalidInput("channel", "The item is not planned for this channel");
        }
        ChannelSummary channel = channel(channelId);
        List<String> problems = channel.platform().problems(text);
        if (!problems.isEmpty()) {
            throw new InvalidInput("text", String.join("; ", problems));
        }
        variants.findByContentItemIdAndChannelId(contentItemId, channelId).ifPresentOrElse(
                variant -> variant.rewrite(text),
                () -> variants.save(new ChannelVariant(contentItemId, channelId, text)));
        return view(channel, text);
    }

    @Transactional(readOnly = true)
    public List<VariantView> of(long contentItemId) {
        return variants.findByContentItemIdOrderByChannelId(contentItemId).stream()
                .map(variant -> view(channel(variant.getChannelId()), variant.getText())).toList();
    }

    /** How a text would fare on a channel, without saving it: for live counters while typing. */
    public VariantView preview(long channelId, String text) {
        return view(channel(channelId), text == null ? "" : text);
    }

    private ChannelSummary channel(long channelId) {
        return channels.find(channelId).orElseThrow(() -> new InvalidInput("channel", "No channel " + channelId));
    }

    private static VariantView view(ChannelSummary channel, String text) {
        return new VariantView(channel, text, channel.platform().length(text), channel.platform().problems(text));
    }
}
