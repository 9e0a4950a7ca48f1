package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each platform's media rules (PlatformMedia cites the documentation) applied to the files of one post. */
class MediaRulesTest {

    static MediaFile image(String name, String type, long bytes, int width, int height) {
        return new MediaFile(name, type, bytes, width, height, null);
    }

    static MediaFile video(String name, long bytes, Double seconds) {
        return new MediaFile(name, "video/mp4", bytes, null, null, seconds);
    }

    static List<String> problems(Platform platform, MediaFile... files) {
        return platform.media().problems(platform.displayName(), List.of(files));
    }

    @Test
    void xTakesFourImagesOrOneVideoNotBoth() {
        MediaFile png = image("a.png", "image/png", 100_000, 1200, 675);
        assertThat(problems(Platform.X, png, png, png, png)).isEmpty();
        assertThat(problems(Platform.X, png, png, png, png, png))
                .containsExactly("X takes at most 4 images in a post, this one has 5");
        assertThat(problems(Platform.X, png, video("v.mp4", 1_000_000, 30.0)))
                .containsExactly("X takes images or a video in a post, not both");
    }

    @Test
    void xTakesImagesUpToFiveMegabytesAndVideosUpTo140Seconds() {
        assertThat(problems(Platform.X, image("big.jpg", "image/jpeg", 6 * 1024 * 1024, 4000, 3000)))
                .containsExactly("big.jpg: 6 MB, X takes at most 5 MB for image/jpeg");
        assertThat(problems(Platform.X, video("long.mp4", 10_000_000, 141.0)))
                .containsExactly("long.mp4: 141 s long, X takes videos of at most 140 s");
    }

    @Test
    void blueskyTakesImagesOfAtMostOneMillionBytesAndOneMp4OfAHundredMillion() {
        assertThat(problems(Platform.BLUESKY, image("a.webp", "image/webp", 1_000_000, 800, 800))).isEmpty();
        assertThat(problems(Platform.BLUESKY, image("b.webp", "image/webp", 1_000_001, 800, 800)))
                .containsExactly("b.webp: 1,000,001 bytes, Bluesky takes at most 1,000,000 bytes for image/webp");
        assertThat(problems(Platform.BLUESKY, video("v.mp4", 100_000_000, 60.0))).isEmpty();
        assertThat(problems(Platform.BLUESKY, video("v.mp4", 100_000_001, 60.0))).hasSize(1);
    }

    @Test
    void instagramTakesJpegOnlyBetweenFourToFiveAndOnePointNineOneToOne() {
        assertThat(problems(Platform.INSTAGRAM, image("portrait.jpg", "image/jpeg", 500_000, 1080, 1350))).isEmpty();
        assertThat(problems(Platform.INSTAGRAM, image("wide.jpg", "image/jpeg", 500_000, 1910, 1000))).isEmpty();
        assertThat(problems(Platform.INSTAGRAM, image("tall.jpg", "image/jpeg", 500_000, 1080, 1920)))
                .containsExactly("tall.jpg: 1080×1920 px, Instagram takes images from 0.80:1 to 1.91:1 "
                        + "(width:height)");
        assertThat(problems(Platform.INSTAGRAM, image("logo.png", "image/png", 50_000, 1080, 1080)))
                .containsExactly("logo.png: Instagram does not take image/png (it takes image/jpeg, video/mp4)");
        assertThat(problems(Platform.INSTAGRAM, image("a.jpg", "image/jpeg", 1000, 1080, 1080),
                video("v.mp4", 1_000_000, 20.0))).as("a carousel mixes images and videos").isEmpty();
    }

    @Test
    void linkedInAndFacebookTakeImagesOrOneVideoAndFacebookPhotosUpToFourMegabytes() {
        MediaFile gif = image("a.gif", "image/gif", 5 * 1024 * 1024, 500, 500);
        assertThat(problems(Platform.LINKEDIN, gif)).isEmpty();
        assertThat(problems(Platform.LINKEDIN, image("a.webp", "image/webp", 1000, 10, 10))).hasSize(1);
        assertThat(problems(Platform.FACEBOOK, gif))
                .containsExactly("a.gif: 5 MB, Facebook takes at most 4 MB for image/gif");
        assertThat(problems(Platform.FACEBOOK, video("a.mp4", 1000, 1.0), video("b.mp4", 1000, 1.0)))
                .containsExactly("Facebook takes at most 1 video in a post, this one has 2");
    }

    @Test
    void threadsAndTikTokAreNotCheckedHere() {
        assertThat(problems(Platform.TIKTOK, image("a.png", "image/png", 100_000_000, 1, 100))).isEmpty();
    }
}
