package io.engineroom.content;

import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.MediaFile;
import io.engineroom.content.domain.ChannelVariant;
import io.engineroom.content.domain.ContentAsset;
import io.engineroom.content.domain.ContentAssetRepository;
import io.engineroom.content.domain.ChannelVariantRepository;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a content item's text and files fit every platform it is planned for, checked before review (when the
 * copy and the visual are handed in, and when a file is added) rather than at publish time, so a post that breaks a
 * platform's limit never reaches a reviewer. Each problem names its channel; the text's go with the caption field
 * (for channels without a variant of their own) or the variants, the files' with the file field.
 */
@Service
public class PlatformFit {

    /** Problems with the caption, for the copy form's field. */
    public static final String CAPTION = "caption";
    /** Problems with a channel's own text. */
    public static final String VARIANTS = "variants";
    /** Problems with the files, for the upload field. */
    public static final String FILE = "file";

    private final ContentItemRepository items;
    private final ChannelVariantRepository variants;
    private final ContentAssetRepository assets;
    private final ChannelService channels;

    PlatformFit(ContentItemRepository items, ChannelVariantRepository variants, ContentAssetRepository assets,
            ChannelService channels) {
        this.items = items;
        this.variants = variants;
        this.assets = assets;
        this.channels = channels;
    }

    /**
     * What keeps the item's texts from fitting its channels: the caption where a channel has no variant, each
     * variant on its own channel. Empty when everything fits.
     */
    @Transactional(readOnly = true)
    public Map<String, String> textProblems(long contentItemId, String caption) {
        Map<Long, String> written = variants.findByContentItemIdOrderByChannelId(contentItemId).stream()
                .collect(Collectors.toMap(ChannelVariant::getChannelId, ChannelVariant::getText));
        List<String> captionProblems = new ArrayList<>();
        List<String> variantProblems = new ArrayList<>();
        for (ChannelSummary channel : planned(contentItemId)) {
            String own = written.get(channel.id());
            if (own != null) {
                channel.platform().problems(own).forEach(problem -> variantProblems.add(label(channel) + ": "
                        + problem));
            } else if (caption != null && !caption.isBlank()) {
                channel.platform().problems(caption).forEach(problem -> captionProblems.add(label(channel) + ": "
                        + problem + " (shorten the caption, or write a variant for this channel)"));
            }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (!captionProblems.isEmpty()) {
            problems.put(CAPTION, String.join("; ", captionProblems));
        }
        if (!variantProblems.isEmpty()) {
            problems.put(VARIANTS, String.join("; ", variantProblems));
        }
        return problems;
    }

    /** What keeps the item's files from being posted on its channels, in words; empty when they fit. */
    @Transactional(readOnly = true)
    public List<String> mediaProblems(long contentItemId) {
        return mediaProblems(contentItemId, null);
    }

    /** As {@link #mediaProblems(long)}, with one more file that is not stored yet. */
    List<String> mediaProblems(long contentItemId, MediaFile added) {
        List<MediaFile> files = new ArrayList<>(assets.findByContentItemIdOrderById(contentItemId).stream()
                .map(PlatformFit::facts).toList());
        if (added != null) {
            files.add(added);
        }
        List<String> problems = new ArrayList<>();
        if (files.isEmpty()) {
            return problems;
        }
        for (ChannelSummary channel : planned(contentItemId)) {
            channel.platform().media().problems(channel.platform().displayName(), files)
                    .forEach(problem -> problems.add(label(channel) + ": " + problem));
        }
        return problems;
    }

    private static MediaFile facts(ContentAsset asset) {
        return MediaFacts.of(asset.getFileName(), asset.getContentType(), asset.getData());
    }

    private List<ChannelSummary> planned(long contentItemId) {
        ContentItem item = items.findById(contentItemId)
                .orElseThrow(() -> new NotFound("contentItem", "No content item " + contentItemId));
        return item.getChannelIds().stream().sorted().map(channels::find)
                .flatMap(java.util.Optional::stream).sorted(Comparator.comparing(ChannelSummary::id)).toList();
    }

    private static String label(ChannelSummary channel) {
        return channel.platform().displayName() + " " + channel.handle();
    }
}
