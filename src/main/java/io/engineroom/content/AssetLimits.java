package io.engineroom.content;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code engineroom.content.assets.*} (part of {@link ContentSettings}): how large an uploaded file may be, by kind. The defaults stay below what
 * Mastodon accepts (images 16 MB, videos 99 MB on current versions), so whatever is accepted here can be posted.
 *
 * @param maxImageSize PNG, JPEG, GIF, WebP
 * @param maxVideoSize MP4
 */
public record AssetLimits(@DefaultValue("8MB") DataSize maxImageSize, @DefaultValue("40MB") DataSize maxVideoSize) {

    /** Files per content item: Mastodon attaches at most four. */
    public static final int MAX_PER_ITEM = 4;
    /** Mastodon's limit for a media description. */
    public static final int MAX_ALT_TEXT = 1500;

    public DataSize maxSize(AssetType type) {
        return type.video() ? maxVideoSize : maxImageSize;
    }

    /** The largest file any type may be: for the browser's own check before it sends anything. */
    public DataSize largest() {
        return maxImageSize.compareTo(maxVideoSize) >= 0 ? maxImageSize : maxVideoSize;
    }
}
