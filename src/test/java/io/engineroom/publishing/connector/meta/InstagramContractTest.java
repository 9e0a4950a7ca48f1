package io.engineroom.publishing.connector.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.engineroom.publishing.connector.meta.GraphStandIn.error;
import static io.engineroom.publishing.connector.meta.GraphStandIn.json;
import static io.engineroom.publishing.connector.meta.GraphStandIn.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublicMedia;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import io.engineroom.publishing.Verification;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Instagram connector against a stand-in Graph API, each request as Meta documents it:
 * <a href="https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/get-started">
 * the Page's instagram_business_account</a>,
 * <a href="https://developers.facebook.com/docs/instagram-platform/content-publishing">content publishing</a>
 * ({@code /media} containers with {@code image_url}, {@code alt_text}, {@code video_url} and {@code media_type=REELS},
 * carousel items and {@code CAROUSEL}, {@code status_code}, {@code /media_publish}),
 * <a href="https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media">the
 * account's media</a>,
 * <a href="https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment">
 * comments</a> ({@code /replies}, {@code hide}, delete),
 * <a href="https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights">media
 * insights</a> and sending a message (developers.facebook.com/documentation/business-messaging/
 * instagram-messaging/features/send-message).
 */
class InstagramContractTest {

    static final String IG = "17841400000000001";

    GraphStandIn meta;
    InstagramConnector instagram;
    ChannelConnection channel;
    final List<Media> exposed = new ArrayList<>();

    @BeforeEach
    void start() {
        meta = new GraphStandIn();
        PublicMedia publicMedia = (medium, validFor) -> {
            exposed.add(medium);
            assertThat(validFor).isEqualTo(Duration.ofHours(1));
            return URI.create("https://engineroom.example/api/media/public/token-" + exposed.size());
        };
        instagram = new InstagramConnector(meta.graph, meta.oauth, meta.app(), publicMedia, Duration.ofMillis(10),
                Duration.ofMillis(300));
        channel = meta.channel(Connector.INSTAGRAM, IG, "@beanleaf");
    }

    @AfterEach
    void stop() {
        meta.stop();
    }

    @Test
    void connectingFindsTheInstagramAccountLinkedToThePageAndKeepsThePageToken() {
        stubLogin("{\"instagram_business_account\":{\"id\":\"" + IG + "\",\"username\":\"beanleaf\"},\"id\":\"1001\"}");

        AccountTokens tokens = instagram.exchange("code-1", null, URI.create("https://engineroom.example/cb"), null);

        assertThat(tokens).isEqualTo(new AccountTokens(IG, "@beanleaf", meta.api(), "page-token-1001", null, null));
        assertThat(instagram.oauth()).hasValueSatisfying(app -> assertThat(app.scopes())
                .contains("instagram_basic", "instagram_content_publish", "instagram_manage_comments",
                        "instagram_manage_messages", "business_management"));
    }

    @Test
    void aPageWithoutALinkedInstagramAccountIsRefusedWithAClearMessage() {
        stubLogin("{\"id\":\"1001\"}");

        assertThatThrownBy(() -> instagram.exchange("code-1", null, URI.create("https://engineroom.example/cb"), null))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.refused()).isTrue();
                    assertThat(problem.getMessage()).contains("no Instagram professional account linked");
                });
    }

    private void stubLogin(String pageAnswer) {
        meta.server.stubFor(post(path("/oauth/access_token")).withRequestBody(containing("code=code-1"))
                .willReturn(json("{\"access_token\":\"short-1\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/oauth/access_token")))
                .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", equalTo("short-1"))
                .willReturn(json("{\"access_token\":\"long-1\",\"token_type\":\"bearer\"}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/me/accounts"))).withHeader("Authorization",
                equalTo("Bearer long-1")).willReturn(json("{\"data\":[" + FacebookContractTest.page("1001",
                "Bean & Leaf") + "]}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/1001")))
                .withQueryParam("fields", equalTo("instagram_business_account{id,username}"))
                .withHeader("Authorization", equalTo("Bearer page-token-1001")).willReturn(json(pageAnswer)));
    }

    @Test
    void refreshChecksTheTokenAndTestConnectionShowsTheAccountWithFollowers() {
        meta.server.stubFor(get(urlPathEqualTo(path("/me"))).willReturn(json("{\"id\":\"1001\"}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/" + IG))).withQueryParam("fields", containing("followers_count"))
                .willReturn(json("{\"id\":\"" + IG + "\",\"username\":\"beanleaf\",\"name\":\"Bean & Leaf\","
                        + "\"followers_count\":880}")));

        assertThat(instagram.refresh(channel).accessToken()).isEqualTo("page-token");
        AccountCheck check = instagram.account(channel);
        assertThat(check.describe()).isEqualTo("Bean & Leaf @beanleaf · 880 followers");
        assertThat(instagram.followers(channel)).contains(880L);
    }

    @Test
    void anImageIsAContainerFromItsPublicAddressWithAltTextThenPublished() {
        meta.server.stubFor(post(path("/" + IG + "/media")).withHeader("Authorization", equalTo("Bearer page-token"))
                .withRequestBody(equalToJson("{\"image_url\":\"https://engineroom.example/api/media/public/token-1\","
                        + "\"alt_text\":\"A cup\",\"caption\":\"Autumn blend\"}"))
                .willReturn(json("{\"id\":\"c-1\"}")));
        stubStatus("c-1", "FINISHED");
        stubPublish("c-1", "m-1");

        PublishOutcome outcome = instagram.publish(new Post(channel, "Autumn blend", List.of(
                FacebookContractTest.jpeg("cup.jpg", "A cup")), "content:1:channel:7"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://www.instagram.com/p/ABC/", "m-1"));
        assertThat(exposed).hasSize(1);
    }

    @Test
    void aCarouselIsMadeOfItemContainersThenACarouselContainerWithTheirIds() {
        meta.server.stubFor(post(path("/" + IG + "/media")).withRequestBody(matchingJsonPath("$.image_url",
                        containing("token-1"))).withRequestBody(matchingJsonPath("$.is_carousel_item", equalTo("true")))
                .willReturn(json("{\"id\":\"i-1\"}")));
        meta.server.stubFor(post(path("/" + IG + "/media")).withRequestBody(matchingJsonPath("$.video_url",
                        containing("token-2"))).withRequestBody(matchingJsonPath("$.media_type", equalTo("VIDEO")))
                .withRequestBody(matchingJsonPath("$.is_carousel_item", equalTo("true")))
                .willReturn(json("{\"id\":\"i-2\"}")));
        meta.server.stubFor(post(path("/" + IG + "/media")).withRequestBody(equalToJson("{\"media_type\":"
                        + "\"CAROUSEL\",\"children\":\"i-1,i-2\",\"caption\":\"Two ways\"}"))
                .willReturn(json("{\"id\":\"car-1\"}")));
        stubStatus("i-1", "FINISHED");
        stubStatus("i-2", "FINISHED");
        stubStatus("car-1", "FINISHED");
        stubPublish("car-1", "m-2");

        PublishOutcome outcome = instagram.publish(new Post(channel, "Two ways", List.of(
                FacebookContractTest.jpeg("a.jpg", null), new Media(new byte[] {0, 0, 0, 24}, "video/mp4", "b.mp4")),
                "content:2:channel:7"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://www.instagram.com/p/ABC/", "m-2"));
    }

    @Test
    void aVideoIsAReelWhoseStatusIsReadUntilFinishedBeforeItIsPublished() {
        meta.server.stubFor(post(path("/" + IG + "/media")).withRequestBody(matchingJsonPath("$.media_type",
                equalTo("REELS"))).withRequestBody(matchingJsonPath("$.video_url", containing("token-1")))
                .willReturn(json("{\"id\":\"v-1\"}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/v-1"))).inScenario("processing").whenScenarioStateIs(STARTED)
                .willReturn(json("{\"status_code\":\"IN_PROGRESS\",\"id\":\"v-1\"}")).willSetStateTo("done"));
        meta.server.stubFor(get(urlPathEqualTo(path("/v-1"))).inScenario("processing").whenScenarioStateIs("done")
                .willReturn(json("{\"status_code\":\"FINISHED\",\"id\":\"v-1\"}")));
        stubPublish("v-1", "m-3");

        PublishOutcome outcome = instagram.publish(new Post(channel, "Latte art", List.of(new Media(
                new byte[] {0, 0, 0, 24}, "video/mp4", "latte.mp4")), "content:3:channel:7"));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        meta.server.verify(2, getRequestedFor(urlPathEqualTo(path("/v-1")))
                .withQueryParam("fields", equalTo("status_code,status")));
    }

    @Test
    void aContainerInErrorOrNeverReadyIsNotPublishedAndFailsSafely() {
        meta.server.stubFor(post(path("/" + IG + "/media")).willReturn(json("{\"id\":\"v-2\"}")));
        stubStatus("v-2", "ERROR");

        assertThat(instagram.publish(new Post(channel, "x", List.of(new Media(new byte[] {1}, "video/mp4", "x.mp4")),
                "content:4:channel:7"))).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                        failed -> assertThat(failed.reason()).contains("ERROR").contains("nothing published"));

        stubStatus("v-2", "IN_PROGRESS");

        assertThat(instagram.publish(new Post(channel, "x", List.of(new Media(new byte[] {1}, "video/mp4", "x.mp4")),
                "content:5:channel:7"))).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                        failed -> assertThat(failed.reason()).contains("not ready"));
        meta.server.verify(0, postRequestedFor(urlPathEqualTo(path("/" + IG + "/media_publish"))));
    }

    @Test
    void aMediaPublishWithoutAnAnswerIsUnknownAndTheCheckFindsTheMediaByItsCaptionSinceTheAttempt() {
        meta.server.stubFor(post(path("/" + IG + "/media")).willReturn(json("{\"id\":\"c-5\"}")));
        stubStatus("c-5", "FINISHED");
        meta.server.stubFor(post(path("/" + IG + "/media_publish")).willReturn(json("{}").withFixedDelay(6000)));
        Post post = new Post(channel, "Weekend hours", List.of(FacebookContractTest.jpeg("h.jpg", null)),
                "content:6:channel:7");

        assertThat(instagram.publish(post)).isInstanceOfSatisfying(PublishOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("no answer"));

        meta.server.stubFor(get(urlPathEqualTo(path("/" + IG + "/media")))
                .withQueryParam("fields", equalTo("id,caption,timestamp,permalink"))
                .willReturn(json("{\"data\":[{\"id\":\"m-9\",\"caption\":\"Weekend hours\",\"timestamp\":"
                        + "\"2026-12-05T08:00:03+0000\",\"permalink\":\"https://www.instagram.com/p/XYZ/\"},"
                        + "{\"id\":\"m-1\",\"caption\":\"Weekend hours\",\"timestamp\":\"2026-11-01T08:00:00+0000\","
                        + "\"permalink\":\"https://www.instagram.com/p/OLD/\"}]}")));

        assertThat(instagram.findPost(post, GraphStandIn.NOW)).isEqualTo(new Verification.Found(
                "https://www.instagram.com/p/XYZ/", "m-9"));
        assertThat(instagram.findPost(new Post(channel, "Other", List.of(), "k"), GraphStandIn.NOW))
                .isInstanceOfSatisfying(Verification.NotFound.class,
                        notFound -> assertThat(notFound.checked()).contains("1 medium/media"));
    }

    @Test
    void aTextAloneOrAnImageTypeInstagramDoesNotTakeIsRefusedBeforeAnythingIsSent() {
        assertThat(instagram.publish(new Post(channel, "Just words", List.of(), "content:7:channel:7")))
                .isInstanceOfSatisfying(PublishOutcome.Failed.class,
                        failed -> assertThat(failed.reason()).contains("need an image or a video"));
        assertThat(instagram.publish(new Post(channel, "A png", List.of(new Media(new byte[] {1}, "image/png",
                "a.png")), "content:8:channel:7"))).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                        failed -> assertThat(failed.reason()).contains("image/png").contains("JPEG"));
        assertThat(meta.server.getAllServeEvents()).isEmpty();
        assertThat(exposed).isEmpty();
    }

    @Test
    void aContainerMetaRefusesATokenItRefusesAndARateLimitAreEachAFailure() {
        meta.server.stubFor(post(path("/" + IG + "/media")).willReturn(error(400, 100, "OAuthException",
                "Only photo or video can be accepted as media type.")));
        Post post = new Post(channel, "x", List.of(FacebookContractTest.jpeg("x.jpg", null)), "content:9:channel:7");

        assertThat(instagram.publish(post)).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isFalse();
            assertThat(failed.reason()).contains("Only photo or video").contains("nothing published");
        });

        meta.server.stubFor(post(path("/" + IG + "/media")).willReturn(error(400, 190, "OAuthException",
                "Error validating access token")));

        assertThat(instagram.publish(post)).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.tokenRefused()).isTrue());

        meta.server.stubFor(post(path("/" + IG + "/media")).willReturn(error(400, 4, "OAuthException",
                "Application request limit reached").withHeader("X-App-Usage",
                "{\"call_count\":100,\"total_time\":25,\"total_cputime\":25}")));

        assertThat(instagram.publish(post)).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.reason()).contains("rate limited").contains("try again in an hour"));
    }

    @Test
    void aCommentIsAnsweredWithAReplyAndAMessageThroughThePagesSendApi() {
        meta.server.stubFor(post(path("/18000000000000001/replies")).withRequestBody(equalToJson(
                "{\"message\":\"Thank you!\"}")).willReturn(json("{\"id\":\"18000000000000002\"}")));
        meta.server.stubFor(post(path("/me/messages")).withRequestBody(equalToJson("{\"recipient\":{\"id\":"
                        + "\"igsid-5\"},\"message\":{\"text\":\"Sent you a code\"}}"))
                .willReturn(json("{\"recipient_id\":\"igsid-5\",\"message_id\":\"aWdfZAG1\"}")));

        assertThat(instagram.reply(new Reply(channel, "18000000000000001", "Thank you!", null, "r:1")))
                .isEqualTo(new PublishOutcome.Published(null, "18000000000000002"));
        assertThat(instagram.reply(new Reply(channel, "aWdfmid", "Sent you a code", "igsid-5", "r:2")))
                .isEqualTo(new PublishOutcome.Published(null, "aWdfZAG1"));
    }

    @Test
    void aCommentIsHiddenOrDeletedAndMutingIsLeftToAPerson() {
        meta.server.stubFor(post(path("/18000000000000001")).withRequestBody(equalToJson("{\"hide\":true}"))
                .willReturn(json("{\"success\":true}")));
        meta.server.stubFor(delete(path("/18000000000000003")).willReturn(json("{\"success\":true}")));

        assertThat(instagram.moderate(channel, "18000000000000001", "@anna", ModerationAction.HIDE))
                .isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(instagram.moderate(channel, "18000000000000003", "@anna", ModerationAction.DELETE))
                .isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(instagram.moderate(channel, "18000000000000003", "@anna", ModerationAction.MUTE))
                .isInstanceOfSatisfying(ModerationOutcome.ByHand.class,
                        byHand -> assertThat(byHand.instruction()).contains("instagram.com"));

        meta.server.stubFor(delete(path("/18000000000000004")).willReturn(error(400, 190, "OAuthException",
                "Error validating access token")));
        assertThatThrownBy(() -> instagram.moderate(channel, "18000000000000004", "@anna", ModerationAction.DELETE))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.refused()).isTrue());
    }

    @Test
    void aMediasEngagementComesFromItsInsights() {
        meta.server.stubFor(get(urlPathEqualTo(path("/m-1/insights")))
                .withQueryParam("metric", equalTo("reach,likes,comments,saved,shares"))
                .willReturn(json("{\"data\":[{\"name\":\"reach\",\"period\":\"lifetime\",\"values\":[{\"value\":500}]},"
                        + "{\"name\":\"likes\",\"period\":\"lifetime\",\"values\":[{\"value\":40}]},"
                        + "{\"name\":\"comments\",\"period\":\"lifetime\",\"values\":[{\"value\":6}]},"
                        + "{\"name\":\"saved\",\"period\":\"lifetime\",\"values\":[{\"value\":3}]},"
                        + "{\"name\":\"shares\",\"period\":\"lifetime\",\"total_value\":{\"value\":2}}]}")));

        assertThat(instagram.engagement(channel, "m-1")).contains(new EngagementCounts("instagram-graph", null, 500L,
                51L, 40L, 3L, 2L, 6L, null));
    }

    private void stubStatus(String container, String status) {
        meta.server.stubFor(get(urlPathEqualTo(path("/" + container))).withQueryParam("fields",
                equalTo("status_code,status")).willReturn(json("{\"status_code\":\"" + status + "\",\"id\":\""
                + container + "\"}")));
    }

    private void stubPublish(String container, String media) {
        meta.server.stubFor(post(path("/" + IG + "/media_publish")).withRequestBody(equalToJson(
                "{\"creation_id\":\"" + container + "\"}")).willReturn(json("{\"id\":\"" + media + "\"}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/" + media))).withQueryParam("fields", equalTo("permalink"))
                .willReturn(json("{\"permalink\":\"https://www.instagram.com/p/ABC/\",\"id\":\"" + media + "\"}")));
    }
}
