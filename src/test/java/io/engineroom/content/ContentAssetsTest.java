package io.engineroom.content;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Uploading, listing, previewing and removing a content item's files on PostgreSQL: refusals store nothing. */
@EngineRoomIntegrationTest
class ContentAssetsTest {

    @Autowired
    ContentAssets assets;
    @Autowired
    ContentService content;
    @Autowired
    ContentPublishing contentPublishing;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    WireMockServer mastodon;
    String brand;
    ChannelSummary channel;
    String designer;
    String outsider;
    String auditor;
    long item;

    @BeforeEach
    void anItemOfABrandWithAMastodonChannel() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "asset-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Asset Test " + suffix, false));
        channel = AsAdmin.call(() -> channels.addMastodon(brand, "@assets", mastodon.baseUrl(), "token-assets", true));
        designer = TestUsers.ensure(users, brands, "asset-designer-" + suffix, Role.DESIGNER, brand);
        outsider = TestUsers.ensure(users, brands, "asset-outsider-" + suffix, Role.DESIGNER, "beanleaf");
        auditor = TestUsers.ensure(users, brands, "asset-auditor-" + suffix, Role.AUDITOR, brand);
        item = content.plan(brand, new ContentBrief("With pictures", "awareness", null, "Look at this", null, null,
                Instant.now().plus(Duration.ofDays(3)), Set.of(channel.id())));
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    @Test
    void theTypeComesFromTheBytesAndTheChecksumIsTheFilesSha256() throws Exception {
        byte[] png = TestFiles.png(12, 7);
        try (var signedIn = SignedIn.as(users, designer)) {
            // named and announced as a JPEG: the bytes say PNG
            AssetSummary stored = assets.upload(item, "C:\\fakepath\\teaser.jpg", new ByteArrayInputStream(png),
                    "  A cup of coffee on a table  ");

            assertThat(stored.contentType()).isEqualTo("image/png");
            assertThat(stored.fileName()).isEqualTo("teaser.jpg");
            assertThat(stored.sizeBytes()).isEqualTo(png.length);
            assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(png)));
            assertThat(stored.altText()).isEqualTo("A cup of coffee on a table");
            assertThat(stored.uploadedBy()).isEqualTo(designer);
            assertThat(assets.of(item)).containsExactly(stored);
            AssetContent preview = assets.content(stored.id());
            assertThat(preview.bytes()).isEqualTo(png);
            assertThat(preview.contentType()).isEqualTo("image/png");
        }
        byte[] inDatabase = jdbc.queryForObject("select data from content_asset where content_item_id = ?",
                byte[].class, item);
        assertThat(inDatabase).isEqualTo(png);
    }

    @Test
    void everyAllowedTypeIsRecognised() {
        try (var signedIn = SignedIn.as(users, designer)) {
            assertThat(upload("a.jpg", TestFiles.jpeg()).contentType()).isEqualTo("image/jpeg");
            assertThat(upload("b.gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1))
                    .contentType()).isEqualTo("image/gif");
            assertThat(upload("c.webp", TestFiles.withHead("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")).contentType())
                    .isEqualTo("image/webp");
            // Mastodon takes images or a video in one post: the video waits until the images are gone
            byte[] mp4 = TestFiles.withHead("\u0000\u0000\u0000\u0018ftypmp42");
            assertThatThrownBy(() -> upload("d.mp4", mp4)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("Mastodon @assets: Mastodon takes images or a video in a post, not both");
            assets.of(item).forEach(image -> assets.remove(image.id()));
            assertThat(upload("d.mp4", mp4).contentType()).isEqualTo("video/mp4");
        }
    }

    @Test
    void aFileAPlannedPlatformCannotTakeIsRefusedNamingTheChannelAndNothingIsStored() {
        ChannelSummary instagram = AsAdmin.call(() -> channels.addManual(brand, io.engineroom.brand.Platform.INSTAGRAM,
                "@assets", false));
        long forInstagram = content.plan(brand, new ContentBrief("Square", "awareness", null, "Look at this", null,
                null, Instant.now().plus(Duration.ofDays(3)), Set.of(channel.id(), instagram.id())));
        try (var signedIn = SignedIn.as(users, designer)) {
            assertThatThrownBy(() -> assets.upload(forInstagram, "logo.png",
                    new ByteArrayInputStream(TestFiles.png(10, 10)), null)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("Instagram @assets: logo.png: Instagram does not take image/png");
            // a square JPEG fits Instagram's 4:5 to 1.91:1 and Mastodon alike
            assets.upload(forInstagram, "square.jpg", new ByteArrayInputStream(TestFiles.jpeg()), null);
            assertThat(assets.of(forInstagram)).extracting(AssetSummary::fileName).containsExactly("square.jpg");
        }
    }

    @Test
    void aRenamedTextFileIsRefusedAndNothingIsStored() {
        try (var signedIn = SignedIn.as(users, designer)) {
            assertThatThrownBy(() -> upload("notes.png", "Just some notes, not a picture".getBytes(
                    StandardCharsets.UTF_8))).isInstanceOfSatisfying(InvalidInput.class, refused ->
                    assertThat(refused.problems()).containsOnlyKeys("file").containsValue(
                            "Only PNG, JPEG, GIF, WebP or MP4 files can be added; this file is none of them"));
            // a QuickTime movie is an ftyp file too, but not an MP4
            assertThatThrownBy(() -> upload("movie.mp4", TestFiles.withHead("\u0000\u0000\u0000\u0014ftypqt  ")))
                    .isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> upload("empty.png", new byte[0])).hasMessage("The file is empty");
        }
        assertThat(rows()).isZero();
    }

    @Test
    void aFileOverItsSizeLimitIsRefusedWithoutBeingReadToTheEnd() {
        long limit = assets.limits().maxImageSize().toBytes();
        EndlessPng upload = new EndlessPng();
        try (var signedIn = SignedIn.as(users, designer)) {
            assertThatThrownBy(() -> assets.upload(item, "huge.png", upload, null))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsEntry("file", "Images may be at most 8 MB; this one is larger"));
        }
        assertThat(upload.served).isGreaterThan(limit).isLessThan(limit + 128 * 1024);
        assertThat(rows()).isZero();
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() {
        byte[] png = TestFiles.png(5, 5);
        try (var signedIn = SignedIn.as(users, designer)) {
            AssetSummary first = upload("one.png", png);
            AssetSummary again = upload("same-again.png", png);

            assertThat(again).isEqualTo(first);
            assertThat(assets.of(item)).extracting(AssetSummary::fileName).containsExactly("one.png");
        }
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void anItemHoldsAtMostFourFilesAndAltTextIsLimited() {
        try (var signedIn = SignedIn.as(users, designer)) {
            assertThatThrownBy(() -> assets.upload(item, "a.png", new ByteArrayInputStream(TestFiles.png(1, 1)),
                    "x".repeat(1501))).isInstanceOfSatisfying(InvalidInput.class, refused ->
                    assertThat(refused.problems()).containsOnlyKeys("altText"));
            for (int width = 1; width <= 4; width++) {
                upload("p" + width + ".png", TestFiles.png(width, 1));
            }
            assertThatThrownBy(() -> upload("p5.png", TestFiles.png(5, 1)))
                    .hasMessage("A content item holds at most 4 files: remove one first");
        }
        assertThat(rows()).isEqualTo(4);
    }

    @Test
    void onlyMembersOfTheBrandSeeAndChangeItsFiles() {
        AssetSummary stored;
        try (var signedIn = SignedIn.as(users, designer)) {
            stored = upload("members.png", TestFiles.png(3, 3));
        }
        try (var signedIn = SignedIn.as(users, outsider)) {
            assertThatThrownBy(() -> upload("intruder.png", TestFiles.png(4, 4)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assets.of(item)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assets.content(stored.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assets.remove(stored.id())).isInstanceOf(AccessDeniedException.class);
            assertThat(assets.mayChange(item)).isFalse();
        }
        try (var signedIn = SignedIn.as(users, auditor)) {
            assertThat(assets.of(item)).extracting(AssetSummary::id).containsExactly(stored.id());
            assertThat(assets.mayChange(item)).isFalse();
            assertThatThrownBy(() -> upload("audit.png", TestFiles.png(4, 4))).isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, "admin")) {
            assertThat(assets.mayChange(item)).isTrue();
            assertThat(assets.content(stored.id()).fileName()).isEqualTo("members.png");
        }
        assertThatThrownBy(() -> assets.of(item)).isInstanceOf(AccessDeniedException.class); // not signed in
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aMemberRemovesAFileUntilTheItemIsPublished() {
        try (var signedIn = SignedIn.as(users, designer)) {
            AssetSummary first = upload("first.png", TestFiles.png(2, 2));
            AssetSummary second = upload("second.png", TestFiles.png(3, 2));

            assets.remove(first.id());
            assertThat(assets.of(item)).containsExactly(second);

            jdbc.update("update content_item set state = 'PUBLISHED' where id = ?", item);
            assertThat(assets.mayChange(item)).isFalse();
            assertThatThrownBy(() -> assets.remove(second.id())).isInstanceOfSatisfying(InvalidInput.class,
                    refused -> assertThat(refused.getMessage()).contains("published"));
            assertThatThrownBy(() -> upload("late.png", TestFiles.png(4, 2))).isInstanceOf(InvalidInput.class);
            assertThat(assets.of(item)).containsExactly(second);
        }
    }

    @Test
    void publishingTheItemPostsItsFilesWithTheirAltTextToMastodon() {
        mastodon.stubFor(post("/api/v2/media").withRequestBody(containing("filename=\"cup.png\""))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"m-cup\"}")));
        mastodon.stubFor(post("/api/v2/media").withRequestBody(containing("filename=\"beans.jpg\""))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"m-beans\"}")));
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"9\",\"url\":\"https://social.example/@assets/9\"}")));
        try (var signedIn = SignedIn.as(users, designer)) {
            assets.upload(item, "cup.png", new ByteArrayInputStream(TestFiles.png(6, 6)), "A cup on a saucer");
            upload("beans.jpg", TestFiles.jpeg());
        }

        // as the SOP's publish step calls it: inside the job's transaction
        PublicationReport report = transactions.execute(status -> contentPublishing.publish(item, "Our new cup"));

        assertThat(report.allPublished()).isTrue();
        mastodon.verify(postRequestedFor(urlEqualTo("/api/v2/media")).withRequestBody(containing("A cup on a saucer")));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")).withRequestBody(
                equalToJson("{\"status\":\"Our new cup\",\"media_ids\":[\"m-cup\",\"m-beans\"]}")));
    }

    private AssetSummary upload(String fileName, byte[] bytes) {
        return assets.upload(item, fileName, new ByteArrayInputStream(bytes), null);
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from content_asset where content_item_id = ?", Long.class, item);
    }

    /** A PNG signature followed by zeros without end, counting what was read. */
    static final class EndlessPng extends InputStream {

        private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        long served;

        @Override
        public int read() {
            return served < SIGNATURE.length ? SIGNATURE[(int) served++] & 0xFF : zero();
        }

        private int zero() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (served < SIGNATURE.length) {
                buffer[offset] = (byte) read();
                return 1;
            }
            Arrays.fill(buffer, offset, offset + length, (byte) 0);
            served += length;
            return length;
        }
    }
}
