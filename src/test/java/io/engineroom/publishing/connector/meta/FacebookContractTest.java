package io.engineroom.publishing.connector.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import io.engineroom.publishing.Verification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Facebook connector against a stand-in Graph API, each request as Meta documents it:
 * <a href="https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived">long-lived and
 * page tokens</a>, <a href="https://developers.facebook.com/docs/graph-api/reference/user/accounts/">/me/accounts</a>,
 * <a href="https://developers.facebook.com/docs/pages-api/posts">Page posts</a> ({@code /feed}, {@code /posts}),
 * <a href="https://developers.facebook.com/docs/graph-api/reference/page/photos/">Page photos</a> (multipart
 * {@code source}, {@code published=false}, {@code alt_text_custom}),
 * <a href="https://developers.facebook.com/docs/video-api/guides/publishing">videos</a>,
 * <a href="https://developers.facebook.com/docs/graph-api/reference/object/comments/">comments</a>,
 * <a href="https://developers.facebook.com/docs/messenger-platform/send-api-reference">the Send API</a>,
 * <a href="https://developers.facebook.com/docs/graph-api/reference/comment/">comment hide and delete</a>,
 * <a href="https://developers.facebook.com/docs/graph-api/reference/insights/">insights</a>, and
 * <a href="https://developers.facebook.com/docs/graph-api/guides/error-handling">errors</a> and
 * <a href="https://developers.facebook.com/docs/graph-api/overview/rate-limiting">rate limits</a>.
 */
class FacebookContractTest {

    static final String PAGE = "1001";
    static final URI REDIRECT = URI.create("https://engineroom.example/channels/connect/facebook");

    GraphStandIn meta;
    FacebookConnector facebook;
    ChannelConnection channel;

    @BeforeEach
    void start() {
        meta = new GraphStandIn();
        facebook = new FacebookConnector(meta.graph, meta.oauth, meta.app());
        channel = meta.channel(Connector.FACEBOOK, PAGE, "Bean & Leaf");
    }

    @AfterEach
    void stop() {
        meta.stop();
    }

    void stubLogin(String pages) {
        meta.server.stubFor(post(path("/oauth/access_token")).withRequestBody(containing("code=code-1"))
                .withRequestBody(containing("client_secret=app-secret-1"))
                .willReturn(json("{\"access_token\":\"short-1\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/oauth/access_token")))
                .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("client_id", equalTo("app-1")).withQueryParam("client_secret", equalTo("app-secret-1"))
                .withQueryParam("fb_exchange_token", equalTo("short-1"))
                .willReturn(json("{\"access_token\":\"long-1\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/me/accounts"))).withHeader("Authorization",
                equalTo("Bearer long-1")).willReturn(json("{\"data\":[" + pages + "],\"paging\":{}}")));
    }

    static String page(String id, String name) {
        return "{\"access_token\":\"page-token-" + id + "\",\"category\":\"Cafe\",\"name\":\"" + name + "\",\"id\":\""
                + id + "\",\"tasks\":[\"MODERATE\",\"CREATE_CONTENT\",\"MANAGE\"]}";
    }

    @Test
    void connectingTradesTheCodeForALongLivedTokenAndKeepsTheOnlyPagesTokenWhichDoesNotExpire() {
        stubLogin(page(PAGE, "Bean & Leaf"));

        AccountTokens tokens = facebook.exchange("code-1", null, REDIRECT, null);

        assertThat(tokens.accountId()).isEqualTo(PAGE);
        assertThat(tokens.handle()).isEqualTo("Bean & Leaf");
        assertThat(tokens.accessToken()).isEqualTo("page-token-1001");
        assertThat(tokens.baseUrl()).isEqualTo(meta.api());
        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.expiresAt()).isNull();
        assertThat(facebook.oauth()).hasValueSatisfying(app -> {
            assertThat(app.pkce()).isFalse();
            assertThat(app.basicAuth()).isFalse();
            assertThat(app.scopes()).contains("pages_manage_posts", "pages_manage_engagement", "pages_messaging");
        });
    }

    @Test
    void withSeveralPagesThePickedOneIsTakenAndWithoutAPickNoneIs() {
        stubLogin(page("1001", "Bean & Leaf") + "," + page("2002", "Bean & Leaf Outlet"));

        assertThat(facebook.exchange("code-1", null, REDIRECT, "2002").accessToken()).isEqualTo("page-token-2002");
        assertThatThrownBy(() -> facebook.exchange("code-1", null, REDIRECT, null))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.refused()).isTrue();
                    assertThat(problem.getMessage()).contains("several Pages").contains("Bean & Leaf (1001)")
                            .contains("Bean & Leaf Outlet (2002)");
                });
        assertThatThrownBy(() -> facebook.exchange("code-1", null, REDIRECT, "3003"))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.getMessage())
                        .contains("Page 3003 is not among"));
    }

    @Test
    void anAccountThatManagesNoPageIsRefusedWithAClearMessage() {
        stubLogin("");

        assertThatThrownBy(() -> facebook.exchange("code-1", null, REDIRECT, null))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.refused()).isTrue();
                    assertThat(problem.getMessage()).contains("manages no Page");
                });
    }

    @Test
    void refreshKeepsThePageTokenOnceMetaSaysItStillTakesItAndA190IsARefusal() {
        meta.server.stubFor(get(urlPathEqualTo(path("/me"))).withQueryParam("fields", equalTo("id"))
                .withHeader("Authorization", equalTo("Bearer page-token")).willReturn(json("{\"id\":\"1001\"}")));

        AccountTokens same = facebook.refresh(channel);

        assertThat(same.accessToken()).isEqualTo("page-token");
        assertThat(same.expiresAt()).isNull();

        meta.server.stubFor(get(urlPathEqualTo(path("/me"))).willReturn(error(400, 190, "OAuthException",
                "Error validating access token: The session has been invalidated")));

        assertThatThrownBy(() -> facebook.refresh(channel)).isInstanceOfSatisfying(AccountProblem.class,
                problem -> {
                    assertThat(problem.refused()).isTrue();
                    assertThat(problem.getMessage()).contains("code 190").contains("connect the channel again");
                });
    }

    @Test
    void testConnectionShowsThePageAndItsFollowers() {
        meta.server.stubFor(get(urlPathEqualTo(path("/1001"))).withQueryParam("fields", containing("followers_count"))
                .willReturn(json("{\"id\":\"1001\",\"name\":\"Bean & Leaf\",\"followers_count\":4210}")));

        AccountCheck check = facebook.account(channel);

        assertThat(check.ok()).isTrue();
        assertThat(check.describe()).isEqualTo("Bean & Leaf · 4210 followers");
        assertThat(facebook.followers(channel)).contains(4210L);
    }

    @Test
    void aTextWithALinkIsAFeedPostWithMessageAndLinkAndItsPermalinkIsRead() {
        meta.server.stubFor(post(path("/1001/feed")).withHeader("Authorization", equalTo("Bearer page-token"))
                .withRequestBody(equalToJson("{\"message\":\"New roast https://beanleaf.example/roast\","
                        + "\"link\":\"https://beanleaf.example/roast\"}"))
                .willReturn(json("{\"id\":\"1001_555\"}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/1001_555"))).withQueryParam("fields", equalTo("permalink_url"))
                .willReturn(json("{\"permalink_url\":\"https://www.facebook.com/1001/posts/555\","
                        + "\"id\":\"1001_555\"}")));

        PublishOutcome outcome = facebook.publish(new Post(channel, "New roast https://beanleaf.example/roast",
                List.of(), "content:1:channel:7"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://www.facebook.com/1001/posts/555",
                "1001_555"));
    }

    @Test
    void onePhotoGoesToPhotosWithItsBytesTheTextAndTheAltText() {
        meta.server.stubFor(post(path("/1001/photos")).withHeader("Authorization", equalTo("Bearer page-token"))
                .withMultipartRequestBody(aMultipart().withName("source"))
                .withMultipartRequestBody(aMultipart().withName("message").withBody(equalTo("Autumn blend")))
                .withMultipartRequestBody(aMultipart().withName("alt_text_custom").withBody(equalTo("A cup")))
                .willReturn(json("{\"id\":\"photo-1\",\"post_id\":\"1001_556\"}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/1001_556"))).willReturn(json("{\"id\":\"1001_556\"}")));

        PublishOutcome outcome = facebook.publish(new Post(channel, "Autumn blend", List.of(jpeg("cup.jpg", "A cup")),
                "content:2:channel:7"));

        // without a permalink_url in the answer, the post's address on facebook.com
        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://www.facebook.com/1001_556", "1001_556"));
    }

    @Test
    void severalPhotosAreUploadedUnpublishedThenAttachedToOneFeedPost() {
        meta.server.stubFor(post(path("/1001/photos")).withMultipartRequestBody(aMultipart().withName("published")
                        .withBody(equalTo("false"))).withMultipartRequestBody(aMultipart().withName("source")
                        .withBody(containing("first")))
                .willReturn(json("{\"id\":\"p1\"}")));
        meta.server.stubFor(post(path("/1001/photos")).withMultipartRequestBody(aMultipart().withName("published")
                        .withBody(equalTo("false"))).withMultipartRequestBody(aMultipart().withName("source")
                        .withBody(containing("second")))
                .willReturn(json("{\"id\":\"p2\"}")));
        meta.server.stubFor(post(path("/1001/feed")).withRequestBody(equalToJson("{\"message\":\"Two cups\","
                        + "\"attached_media\":[{\"media_fbid\":\"p1\"},{\"media_fbid\":\"p2\"}]}"))
                .willReturn(json("{\"id\":\"1001_557\"}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/1001_557")))
                .willReturn(json("{\"permalink_url\":\"https://www.facebook.com/1001/posts/557\"}")));

        PublishOutcome outcome = facebook.publish(new Post(channel, "Two cups", List.of(
                new Media("first".getBytes(StandardCharsets.UTF_8), "image/jpeg", "1.jpg"),
                new Media("second".getBytes(StandardCharsets.UTF_8), "image/png", "2.png")), "content:3:channel:7"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://www.facebook.com/1001/posts/557",
                "1001_557"));
        meta.server.verify(2, postRequestedFor(urlPathEqualTo(path("/1001/photos"))));
    }

    @Test
    void aVideoIsOneUploadToVideosAndItsRelativePermalinkIsMadeWhole() {
        meta.server.stubFor(post(path("/1001/videos")).withMultipartRequestBody(aMultipart().withName("source"))
                .withMultipartRequestBody(aMultipart().withName("description").withBody(equalTo("Latte art")))
                .willReturn(json("{\"id\":\"vid-9\"}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/vid-9")))
                .willReturn(json("{\"permalink_url\":\"/1001/videos/vid-9/\",\"id\":\"vid-9\"}")));

        PublishOutcome outcome = facebook.publish(new Post(channel, "Latte art", List.of(new Media(
                new byte[] {0, 0, 0, 24}, "video/mp4", "latte.mp4")), "content:4:channel:7"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://www.facebook.com/1001/videos/vid-9/",
                "vid-9"));
    }

    @Test
    void aServerErrorLeavesTheOutcomeUnknownAndTheCheckFindsThePostAmongThePagesPostsSinceTheAttempt() {
        meta.server.stubFor(post(path("/1001/feed")).willReturn(error(500, 2, "OAuthException",
                "Service temporarily unavailable")));
        Post post = new Post(channel, "Weekend hours", List.of(), "content:5:channel:7");

        PublishOutcome outcome = facebook.publish(post);

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("may have been posted").contains("code 2"));

        meta.server.stubFor(get(urlPathEqualTo(path("/1001/posts")))
                .withQueryParam("since", equalTo(Long.toString(GraphStandIn.NOW.getEpochSecond() - 60)))
                .withQueryParam("fields", equalTo("id,message,created_time,permalink_url"))
                .willReturn(json("{\"data\":[{\"id\":\"1001_600\",\"message\":\"Other news\","
                        + "\"created_time\":\"2026-12-05T08:00:05+0000\"},{\"id\":\"1001_601\",\"message\":"
                        + "\"Weekend hours\",\"created_time\":\"2026-12-05T08:00:04+0000\",\"permalink_url\":"
                        + "\"https://www.facebook.com/1001/posts/601\"}]}")));

        assertThat(facebook.findPost(post, GraphStandIn.NOW)).isEqualTo(new Verification.Found(
                "https://www.facebook.com/1001/posts/601", "1001_601"));
        assertThat(facebook.findPost(new Post(channel, "Never sent", List.of(), "k"), GraphStandIn.NOW))
                .isInstanceOfSatisfying(Verification.NotFound.class,
                        notFound -> assertThat(notFound.checked()).contains("2 post(s)"));
    }

    @Test
    void aRefusedTokenFailsWithTheTokenMarkedRefused() {
        meta.server.stubFor(post(path("/1001/feed")).willReturn(error(400, 190, "OAuthException",
                "Error validating access token: The user has not authorized application")));

        PublishOutcome outcome = facebook.publish(new Post(channel, "Hello", List.of(), "content:6:channel:7"));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isTrue();
            assertThat(failed.reason()).contains("connect it again");
        });
    }

    @Test
    void aRateLimitFailsSafelyAndNamesWhenMetaWillTakeCallsAgain() {
        meta.server.stubFor(post(path("/1001/feed")).willReturn(error(400, 32, "OAuthException",
                "Page request limit reached").withHeader("X-Business-Use-Case-Usage", "{\"1001\":[{\"type\":"
                + "\"pages\",\"call_count\":100,\"total_cputime\":12,\"total_time\":14,"
                + "\"estimated_time_to_regain_access\":15}]}")));

        PublishOutcome outcome = facebook.publish(new Post(channel, "Hello", List.of(), "content:7:channel:7"));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isFalse();
            assertThat(failed.reason()).contains("rate limited").contains("try again after 2026-12-05T08:15:00Z");
        });
        meta.server.verify(1, postRequestedFor(urlPathEqualTo(path("/1001/feed"))));
    }

    @Test
    void aMediaTypeFacebookDoesNotTakeIsRefusedBeforeAnythingIsSentAndOneItRefusesIsAFailure() {
        PublishOutcome local = facebook.publish(new Post(channel, "Look", List.of(new Media(new byte[] {1},
                "image/heic", "photo.heic")), "content:8:channel:7"));

        assertThat(local).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.reason()).contains("image/heic").contains("nothing posted"));
        assertThat(meta.server.getAllServeEvents()).isEmpty();

        meta.server.stubFor(post(path("/1001/photos")).willReturn(error(400, 100, "OAuthException",
                "(#100) Invalid parameter")));

        assertThat(facebook.publish(new Post(channel, "Look", List.of(jpeg("x.jpg", null)), "content:9:channel:7")))
                .isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
                    assertThat(failed.tokenRefused()).isFalse();
                    assertThat(failed.reason()).contains("code 100");
                });
    }

    @Test
    void aCommentIsAnsweredUnderItAndAMessageThroughTheSendApiToItsSender() {
        meta.server.stubFor(post(path("/1001_555_77/comments")).withRequestBody(equalToJson(
                "{\"message\":\"Thanks!\"}")).willReturn(json("{\"id\":\"1001_555_78\"}")));
        meta.server.stubFor(post(path("/1001/messages")).withRequestBody(equalToJson("{\"recipient\":{\"id\":"
                        + "\"psid-42\"},\"messaging_type\":\"RESPONSE\",\"message\":{\"text\":\"We will check\"}}"))
                .willReturn(json("{\"recipient_id\":\"psid-42\",\"message_id\":\"m_AG5Hz2U\"}")));

        assertThat(facebook.reply(new Reply(channel, "1001_555_77", "Thanks!", null, "reply:1")))
                .isEqualTo(new PublishOutcome.Published(null, "1001_555_78"));
        assertThat(facebook.reply(new Reply(channel, "m_abc", "We will check", "psid-42", "reply:2")))
                .isEqualTo(new PublishOutcome.Published(null, "m_AG5Hz2U"));
    }

    @Test
    void aCommentIsHiddenOrDeletedOnThePageAndBlockingIsLeftToAPerson() {
        meta.server.stubFor(post(path("/1001_555_77")).withRequestBody(matchingJsonPath("$.is_hidden",
                equalTo("true"))).willReturn(json("{\"success\":true}")));
        meta.server.stubFor(delete(path("/1001_555_79")).willReturn(json("{\"success\":true}")));
        meta.server.stubFor(delete(path("/1001_555_80")).willReturn(error(400, 100, "GraphMethodException",
                "Unsupported delete request")));

        assertThat(facebook.moderate(channel, "1001_555_77", "u1", ModerationAction.HIDE))
                .isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(facebook.moderate(channel, "1001_555_79", "u1", ModerationAction.DELETE))
                .isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(facebook.moderate(channel, "1001_555_80", "u1", ModerationAction.DELETE))
                .isInstanceOfSatisfying(ModerationOutcome.Failed.class,
                        failed -> assertThat(failed.reason()).contains("Unsupported delete request"));
        assertThat(facebook.moderate(channel, "1001_555_77", "u1", ModerationAction.BLOCK))
                .isInstanceOfSatisfying(ModerationOutcome.ByHand.class,
                        byHand -> assertThat(byHand.instruction()).contains("Block the author by hand"));
        meta.server.verify(1, deleteRequestedFor(urlPathEqualTo(path("/1001_555_79")))
                .withHeader("Authorization", equalTo("Bearer page-token")));
    }

    @Test
    void aPostsEngagementCombinesItsCountsAndItsInsights() {
        meta.server.stubFor(get(urlPathEqualTo(path("/1001_555"))).withQueryParam("fields", containing("reactions"))
                .willReturn(json("{\"id\":\"1001_555\",\"reactions\":{\"data\":[],\"summary\":{\"total_count\":12}},"
                        + "\"comments\":{\"data\":[],\"summary\":{\"order\":\"ranked\",\"total_count\":3}},"
                        + "\"shares\":{\"count\":2}}")));
        meta.server.stubFor(get(urlPathEqualTo(path("/1001_555/insights")))
                .withQueryParam("metric", equalTo("post_impressions,post_impressions_unique,post_clicks"))
                .willReturn(json("{\"data\":[{\"name\":\"post_impressions\",\"period\":\"lifetime\",\"values\":"
                        + "[{\"value\":900}]},{\"name\":\"post_impressions_unique\",\"period\":\"lifetime\","
                        + "\"values\":[{\"value\":700}]},{\"name\":\"post_clicks\",\"period\":\"lifetime\","
                        + "\"values\":[{\"value\":40}]}]}")));

        assertThat(facebook.engagement(channel, "1001_555")).contains(new EngagementCounts("facebook-graph", 900L,
                700L, 57L, 12L, null, 2L, 3L, 40L));
        meta.server.verify(getRequestedFor(urlPathEqualTo(path("/1001_555/insights")))
                .withHeader("Authorization", equalTo("Bearer page-token")));
    }

    static Media jpeg(String name, String altText) {
        return new Media(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg", name, altText, null);
    }
}
