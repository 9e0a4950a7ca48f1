package io.engineroom.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.brand.MediaFile;
import io.engineroom.brand.Platform;
import io.engineroom.content.domain.ChannelVariant;
import io.engineroom.content.domain.ChannelVariantRepository;
import io.engineroom.content.domain.ContentAsset;
import io.engineroom.content.domain.ContentAssetRepository;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The check before review: an item's caption, variants and files against each planned channel's platform. */
class PlatformFitTest {

    static final long ITEM = 42;
    static final Instant AT = Instant.parse("2031-03-05T10:00:00Z");

    final ContentItemRepository items = mock(ContentItemRepository.class);
    final ChannelVariantRepository variants = mock(ChannelVariantRepository.class);
    final ContentAssetRepository assets = mock(ContentAssetRepository.class);
    final ChannelService channels = mock(ChannelService.class);
    final PlatformFit fit = new PlatformFit(items, variants, assets, channels);

    @BeforeEach
    void anItemForXAndBluesky() {
        ContentItem item = mock(ContentItem.class);
        when(item.getChannelIds()).thenReturn(Set.of(1L, 2L));
        when(items.findById(ITEM)).thenReturn(Optional.of(item));
        when(channels.find(1L)).thenReturn(Optional.of(new ChannelSummary(1, "b", Platform.X, "@bean",
                Connector.MANUAL, true, true)));
        when(channels.find(2L)).thenReturn(Optional.of(new ChannelSummary(2, "b", Platform.BLUESKY, "@bean.bsky",
                Connector.MANUAL, false, true)));
    }

    @Test
    void aCaptionTooLongForOneChannelWithoutAVariantIsNamedOnTheCaption() {
        String caption = "\uD83C\uDF89".repeat(141); // 282 weighted on X, 141 graphemes on Bluesky

        Map<String, String> problems = fit.textProblems(ITEM, caption);

        assertThat(problems).containsOnlyKeys(PlatformFit.CAPTION);
        assertThat(problems.get(PlatformFit.CAPTION)).startsWith("X @bean: Too long for X: 282 weighted")
                .endsWith("(shorten the caption, or write a variant for this channel)");
    }

    @Test
    void aChannelWithItsOwnFittingTextDoesNotCareAboutTheCaption() {
        when(variants.findByContentItemIdOrderByChannelId(ITEM)).thenReturn(List.of(
                new ChannelVariant(ITEM, 1, "Short for X", AT)));

        assertThat(fit.textProblems(ITEM, "\uD83C\uDF89".repeat(141))).isEmpty();
    }

    @Test
    void aVariantThatNoLongerFitsIsNamedOnTheVariants() {
        when(variants.findByContentItemIdOrderByChannelId(ITEM)).thenReturn(List.of(
                new ChannelVariant(ITEM, 2, "x".repeat(301), AT)));

        assertThat(fit.textProblems(ITEM, "Fine")).containsExactly(Map.entry(PlatformFit.VARIANTS,
                "Bluesky @bean.bsky: Too long for Bluesky: 301 graphemes, at most 300"));
    }

    @Test
    void aFileOneChannelCannotTakeIsRefusedNamingTheChannelAndTheLimit() throws IOException {
        byte[] png = png(1200, 675);
        when(assets.findByContentItemIdOrderById(ITEM)).thenReturn(List.of(
                new ContentAsset(ITEM, "a.png", "image/png", png, "sha", null, "dana", AT)));

        assertThat(fit.mediaProblems(ITEM)).isEmpty();
        MediaFile big = new MediaFile("big.png", "image/png", 2_000_000, 1200, 675, null);
        assertThat(fit.mediaProblems(ITEM, big)).containsExactly("Bluesky @bean.bsky: big.png: 2,000,000 bytes, "
                + "Bluesky takes at most 1,000,000 bytes for image/png");
    }

    @Test
    void anImagesPixelSizeIsReadFromItsHeaderAndAnMp4sLengthFromItsMovieHeader() throws IOException {
        MediaFile image = MediaFacts.of("a.png", "image/png", png(1080, 1350));
        assertThat(image.width()).isEqualTo(1080);
        assertThat(image.height()).isEqualTo(1350);
        assertThat(MediaFacts.of("a.webp", "image/webp", new byte[] {'R', 'I', 'F', 'F'}).width()).isNull();

        MediaFile video = MediaFacts.of("clip.mp4", "video/mp4", mp4(1000, 150_500));
        assertThat(video.seconds()).isEqualTo(150.5);
        assertThat(Platform.X.media().problems("X", List.of(video)))
                .containsExactly("clip.mp4: 151 s long, X takes videos of at most 140 s");
        assertThat(MediaFacts.of("broken.mp4", "video/mp4", new byte[] {0, 0, 0, 8}).seconds()).isNull();
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** The smallest MP4 with a movie header: ftyp, then moov holding mvhd version 0 (ISO/IEC 14496-12 8.2.2). */
    static byte[] mp4(int timescale, int duration) {
        ByteBuffer file = ByteBuffer.allocate(16 + 8 + 8 + 100);
        file.putInt(16).put("ftypisom".getBytes()).putInt(0x200);
        file.putInt(8 + 8 + 100).put("moov".getBytes());
        file.putInt(8 + 100).put("mvhd".getBytes());
        file.putInt(0).putInt(0).putInt(0).putInt(timescale).putInt(duration);
        return file.array();
    }
}
