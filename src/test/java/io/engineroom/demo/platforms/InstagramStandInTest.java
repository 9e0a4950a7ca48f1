package io.engineroom.demo.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.ChannelTokens;
import io.engineroom.brand.Connector;
import io.engineroom.brand.TokenState;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PlatformChannels;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PostEngagement;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import io.engineroom.publishing.Verification;
import io.engineroom.publishing.connector.meta.InstagramConnector;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The demo's Instagram channel (Bean & Leaf) with the real Instagram connector against the stand-in this app serves
 * in demo mode, through the app's own services: what a newcomer's demo does when a post goes out, a comment is
 * answered or hidden, and the day's metrics are read.
 */
@EngineRoomIntegrationTest
class InstagramStandInTest {

    static final DemoAccount ACCOUNT = DemoAccount.BEANLEAF_INSTAGRAM;

    @Autowired
    PublishingService publishing;
    @Autowired
    PlatformChannels platforms;
    @Autowired
    ChannelService channels;
    @Autowired
    ChannelTokens tokens;
    @Autowired
    BrandService brands;
    @Autowired
    InstagramConnector instagram;
    @Autowired
    ReceivedPosts received;
    @Autowired
    InstagramStandIn standIn;
    @Autowired
    Environment environment;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    ChannelSummary channel;
    long contentItem;
    String marker;

    @BeforeEach
    void theDemosInstagramChannel() {
        channel = AsAdmin.call(() -> channels.of("beanleaf")).stream()
                .filter(summary -> summary.connector() == Connector.INSTAGRAM).findFirst().orElseThrow();
        contentItem = 500_000_000L + System.nanoTime() % 100_000_000L;
        marker = UUID.randomUUID().toString().substring(0, 8);
        warmUp();
    }

    /**
     * One read of the stand-in before the test's own calls: on a busy machine the first answers of a fresh context
     * can take longer than the tests' 2 s publishing timeout, which would turn a container into "not published".
     */
    void warmUp() {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ACCOUNT.apiUrl(standIns()) + "/"
                    + ACCOUNT.accountId() + "/media?fields=id,caption")).header("Authorization", "Bearer "
                    + ACCOUNT.accessToken()).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException("The Instagram stand-in does not answer", e);
        }
    }

    @Test
    void testConnectionShowsTheDemoAccountWithTheFollowersOfTheDay() {
        AccountCheck check = AsAdmin.call(() -> platforms.account(channel.id()));

        assertThat(check.ok()).as(check.describe()).isTrue();
        assertThat(check.accountId()).isEqualTo(ACCOUNT.accountId());
        assertThat(check.describe()).startsWith("Bean & Leaf Coffee @beanleafcoffee · ");
        assertThat(check.followers()).isBetween(4_000L, 20_000L)
                .isEqualTo(publishing.followers(channel.id()).orElseThrow());
    }

    @Test
    void anImageGoesOutOnceWithItsAltTextAndItsLinkAndPublishingItAgainSendsNothing() {
        String text = "Autumn blend " + marker;

        PublishOutcome outcome = publishing.publish(contentItem, channel.id(), text, List.of(jpeg("cup.jpg",
                "A cup of the autumn blend")));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Published.class, published -> {
            assertThat(published.postUrl()).isEqualTo("https://www.instagram.com/p/"
                    + InstagramStandInMedia.shortcode(published.remoteId()) + "/");
            assertThat(received.find(ACCOUNT, published.remoteId())).hasValueSatisfying(post -> {
                assertThat(post.text()).isEqualTo(text);
                assertThat(post.inReplyTo()).isNull();
                assertThat(post.media()).singleElement().asString().startsWith("IMAGE http")
                        .contains("/api/media/public/").endsWith(" alt=A cup of the autumn blend");
            });
        });
        assertThat(publishing.publish(contentItem, channel.id(), text, List.of(jpeg("cup.jpg", null))))
                .isEqualTo(outcome);
        assertThat(received.of(ACCOUNT)).filteredOn(post -> post.text().equals(text)).hasSize(1);
    }

    @Test
    void aCarouselOfAnImageAndAVideoAndAReelEachGoOutAsOnePost() {
        PublishOutcome carousel = publishing.publish(contentItem, channel.id(), "Two ways " + marker, List.of(
                jpeg("a.jpg", null), new Media(new byte[] {0, 0, 0, 24}, "video/mp4", "b.mp4")));
        PublishOutcome reel = publishing.publish(contentItem + 1, channel.id(), "Latte art " + marker, List.of(
                new Media(new byte[] {0, 0, 0, 24}, "video/mp4", "latte.mp4")));

        assertThat(mediaOf(carousel)).hasSize(2).satisfiesExactly(
                first -> assertThat(first).startsWith("IMAGE http"),
                second -> assertThat(second).startsWith("VIDEO http"));
        assertThat(mediaOf(reel)).singleElement().asString().startsWith("VIDEO http");
        assertThat(received.of(ACCOUNT)).filteredOn(post -> post.text().endsWith(marker)).hasSize(2);
    }

    @Test
    void aTextAloneIsRefusedBeforeAnythingReachesTheStandInAsInstagramNeedsAnImage() {
        int before = received.of(ACCOUNT).size();

        PublishOutcome outcome = publishing.publish(contentItem, channel.id(), "Just words " + marker, null);

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isFalse();
            assertThat(failed.reason()).contains("need an image or a video");
        });
        assertThat(received.of(ACCOUNT)).hasSize(before);
    }

    @Test
    void verifyPublicationFindsThePostByItsCaptionAndNotAnotherText() {
        Instant before = clock.instant();
        PublishOutcome outcome = publishing.publish(contentItem, channel.id(), "Weekend hours " + marker,
                List.of(jpeg("hours.jpg", null)));
        Post post = new Post(channels.connection(channel.id()).orElseThrow(), "Weekend hours " + marker, List.of(),
                Post.keyFor(contentItem, channel.id()));

        Verification found = instagram.findPost(post, before);

        assertThat(found).isEqualTo(new Verification.Found(published(outcome).postUrl(),
                published(outcome).remoteId()));
        assertThat(instagram.findPost(new Post(post.channel(), "Never posted " + marker, List.of(), "k"), before))
                .isInstanceOf(Verification.NotFound.class);
    }

    @Test
    void aCommentIsAnsweredInItsThreadAndAMessageGoesToItsSender() {
        PublishOutcome reply = publishing.reply(channel.id(), "sim-comment-" + marker, "Thank you! " + marker, null,
                "reply:" + marker);
        PublishOutcome message = publishing.reply(channel.id(), "sim-dm-" + marker, "Sent you a code " + marker,
                "@igsid-" + marker, "dm:" + marker);

        assertThat(received.find(ACCOUNT, published(reply).remoteId())).hasValueSatisfying(
                post -> assertThat(post.inReplyTo()).isEqualTo("sim-comment-" + marker));
        assertThat(received.find(ACCOUNT, published(message).remoteId())).hasValueSatisfying(
                post -> {
                    assertThat(post.inReplyTo()).isEqualTo("igsid-" + marker);
                    assertThat(post.text()).isEqualTo("Sent you a code " + marker);
                });
    }

    @Test
    void aCommentIsHiddenOrDeletedOnTheStandInAnOwnReplyDeletedAndMutingLeftToAPerson() {
        String reply = published(publishing.reply(channel.id(), "c-" + marker, "Thanks " + marker, null,
                "reply:" + marker)).remoteId();

        ModerationOutcome hidden = platforms.moderate(channel.id(), "hide-" + marker, "@anna", ModerationAction.HIDE);
        ModerationOutcome deleted = platforms.moderate(channel.id(), "del-" + marker, "@anna",
                ModerationAction.DELETE);
        ModerationOutcome ownDeleted = platforms.moderate(channel.id(), reply, "@beanleafcoffee",
                ModerationAction.DELETE);
        ModerationOutcome muted = platforms.moderate(channel.id(), "del-" + marker, "@anna", ModerationAction.MUTE);

        assertThat(List.of(hidden, deleted, ownDeleted)).allMatch(ModerationOutcome.Applied.class::isInstance);
        assertThat(standIn.moderation("hide-" + marker)).contains("hidden");
        assertThat(standIn.moderation("del-" + marker)).contains("deleted");
        assertThat(received.find(ACCOUNT, reply)).isEmpty();
        assertThat(muted).isInstanceOf(ModerationOutcome.ByHand.class);
    }

    @Test
    void aPostsMetricsAreItsInsightsTheSameAtEachRead() {
        String id = published(publishing.publish(contentItem, channel.id(), "Metrics " + marker,
                List.of(jpeg("m.jpg", null)))).remoteId();

        List<PostEngagement> first = publishing.engagement(contentItem);

        long likes = InstagramStandInFigures.insight(id, "likes");
        long comments = InstagramStandInFigures.insight(id, "comments");
        long saved = InstagramStandInFigures.insight(id, "saved");
        long shares = InstagramStandInFigures.insight(id, "shares");
        assertThat(first).singleElement().satisfies(engagement -> assertThat(engagement.counts()).contains(
                new EngagementCounts("instagram-graph", null, InstagramStandInFigures.insight(id, "reach"),
                        likes + comments + saved + shares, likes, saved, shares, comments, null)));
        assertThat(likes).isPositive().isLessThan(InstagramStandInFigures.insight(id, "reach"));
        assertThat(publishing.engagement(contentItem)).isEqualTo(first);
    }

    @Test
    void instagramIsPushedByWebhookSoAListeningPollReadsNothing() {
        assertThat(platforms.listeningStreams(channel.id())).isEmpty();
        assertThat(platforms.listen(channel.id(), "comments", null)).isEqualTo(InboundPage.nothingNew());
    }

    @Test
    void aChannelWithAnotherTokenIsRefusedAsMetaRefusesAndMarkedForReconnection() {
        String brand = "ig-" + marker;
        AsAdmin.run(() -> brands.create(brand, "Instagram Stand-in Test", false));
        ChannelSummary wrong = AsAdmin.call(() -> channels.addPlatformAccount(brand, Connector.INSTAGRAM,
                new AccountTokens(ACCOUNT.accountId(), ACCOUNT.handle(), ACCOUNT.apiUrl(standIns()), "wrong-token",
                        null, null), false));
        int before = received.of(ACCOUNT).size();

        PublishOutcome outcome = publishing.publish(contentItem, wrong.id(), "Refused " + marker,
                List.of(jpeg("r.jpg", null)));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isTrue();
            assertThat(failed.reason()).contains("code 190");
        });
        assertThat(tokens.state(wrong.id()).state()).isEqualTo(TokenState.REFUSED);
        assertThat(received.of(ACCOUNT)).hasSize(before);
    }

    @Test
    void aWrongTokenAndAMissingParameterAreAnsweredWithGraphsErrorObject() throws Exception {
        String media = ACCOUNT.apiUrl(standIns()) + "/" + ACCOUNT.accountId() + "/media";

        HttpResponse<String> wrongToken = post(media, "wrong-token", "{\"image_url\":\"https://x.example/a.jpg\"}");
        HttpResponse<String> noImage = post(media, ACCOUNT.accessToken(), "{\"caption\":\"No image\"}");

        assertThat(wrongToken.statusCode()).isEqualTo(400);
        JsonNode refused = json.readTree(wrongToken.body()).get("error");
        assertThat(refused.get("code").asInt()).isEqualTo(190);
        assertThat(refused.get("type").asText()).isEqualTo("OAuthException");
        assertThat(refused.get("message").asText()).isNotBlank();
        assertThat(noImage.statusCode()).isEqualTo(400);
        JsonNode missing = json.readTree(noImage.body()).get("error");
        assertThat(missing.get("code").asInt()).isEqualTo(100);
        assertThat(missing.get("message").asText()).contains("image_url");
    }

    private HttpResponse<String> post(String url, String token, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String standIns() {
        return DemoPlatformsAddress.of(environment);
    }

    private List<String> mediaOf(PublishOutcome outcome) {
        return received.find(ACCOUNT, published(outcome).remoteId()).orElseThrow().media();
    }

    private static PublishOutcome.Published published(PublishOutcome outcome) {
        assertThat(outcome).as(String.valueOf(outcome)).isInstanceOf(PublishOutcome.Published.class);
        return (PublishOutcome.Published) outcome;
    }

    static Media jpeg(String name, String altText) {
        return new Media(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "image/jpeg", name, altText, null);
    }
}
