package io.engineroom.brand;

import java.util.Map;

/**
 * Each platform's media rules, from its documentation (the types named are those Engine Room takes: PNG, JPEG, GIF,
 * WebP, MP4):
 * <ul>
 * <li>X: up to 4 images, or 1 video; images (JPG, PNG, GIF, WEBP) at most 5 MB, GIFs 15 MB, videos 512 MB and
 * 140 s (docs.x.com/x-api/media/quickstart/best-practices, "Media best practices").</li>
 * <li>Bluesky: one embed per post, either up to 4 images of at most 1,000,000 bytes each ({@code app.bsky.embed.images}
 * lexicon, {@code maxSize}) or 1 MP4 of at most 100,000,000 bytes ({@code app.bsky.embed.video}: "may be up to
 * 100mb, formerly limited to 50mb"), up to 3 minutes (bsky.social, "Video on Bluesky", 2025).</li>
 * <li>Instagram: feed images JPEG only, at most 8 MB, aspect ratio 4:5 to 1.91:1; Reels MP4 at most 300 MB and
 * 15 minutes; a carousel of up to 10 items mixes both (developers.facebook.com/docs/instagram-platform/
 * instagram-graph-api/reference/ig-user/media, "Image specifications", "Reel specifications").</li>
 * <li>LinkedIn: images JPG, PNG, GIF (no byte limit stated; under 36,152,320 pixels), several images (MultiImage: up
 * to 20) or one MP4 of 75 KB to 500 MB, 3 s to 30 minutes (learn.microsoft.com/linkedin/marketing/
 * community-management/shares/images-api, videos-api, multiimage-post-api).</li>
 * <li>Facebook Pages: photos JPEG, PNG, GIF at most 4 MB (graph-api/reference/page/photos), or one video, MP4 up to
 * 10 GB and 240 minutes (docs/video-api/guides/publishing); a page post carries photos or a video.</li>
 * <li>Mastodon: up to 4 images or 1 video; defaults of current servers: images 16 MB, videos 99 MB
 * (docs.joinmastodon.org/methods/media, the instance's {@code configuration.media_attachments}).</li>
 * </ul>
 * Threads and TikTok are not checked here.
 */
final class PlatformMedia {

    private static final long MB = 1024L * 1024L;
    private static final String PNG = "image/png";
    private static final String JPEG = "image/jpeg";
    private static final String GIF = "image/gif";
    private static final String WEBP = "image/webp";
    private static final String MP4 = "video/mp4";

    private PlatformMedia() {
    }

    static MediaRules of(Platform platform) {
        return switch (platform) {
            case X -> new MediaRules(4, 1, false, Map.of(PNG, 5 * MB, JPEG, 5 * MB, WEBP, 5 * MB, GIF, 15 * MB,
                    MP4, 512 * MB), null, null, 140);
            case BLUESKY -> new MediaRules(4, 1, false, Map.of(PNG, 1_000_000L, JPEG, 1_000_000L,
                    WEBP, 1_000_000L, GIF, 1_000_000L, MP4, 100_000_000L), null, null, 180);
            case INSTAGRAM -> new MediaRules(10, 10, true, Map.of(JPEG, 8 * MB, MP4, 300 * MB), 0.8, 1.91, 900);
            case LINKEDIN -> new MediaRules(20, 1, false, Map.of(PNG, Long.MAX_VALUE, JPEG, Long.MAX_VALUE,
                    GIF, Long.MAX_VALUE, MP4, 500 * MB), null, null, 1800);
            case FACEBOOK -> new MediaRules(Integer.MAX_VALUE, 1, false, Map.of(PNG, 4 * MB, JPEG, 4 * MB,
                    GIF, 4 * MB, MP4, 10_000 * MB), null, null, 240 * 60);
            case MASTODON -> new MediaRules(4, 1, false, Map.of(PNG, 16 * MB, JPEG, 16 * MB, GIF, 16 * MB,
                    WEBP, 16 * MB, MP4, 99 * MB), null, null, null);
            case THREADS, TIKTOK -> MediaRules.UNCHECKED;
        };
    }
}
