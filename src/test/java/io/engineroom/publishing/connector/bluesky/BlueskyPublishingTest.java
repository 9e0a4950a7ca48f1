package io.engineroom.publishing.connector.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.ACCESS;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.DID;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Verification;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Publishing to a stand-in PDS, from the documented requests and answers: posts are {@code app.bsky.feed.post}
 * records made with {@code com.atproto.repo.createRecord} (https://docs.bsky.app/docs/advanced-guides/posts,
 * https://docs.bsky.app/docs/api/com-atproto-repo-create-record), facets in UTF-8 byte offsets
 * (https://docs.bsky.app/docs/advanced-guides/post-richtext), handles resolved with
 * {@code com.atproto.identity.resolveHandle}, media uploaded with {@code com.atproto.repo.uploadBlob}
 * (https://docs.bsky.app/docs/api/com-atproto-repo-upload-blob, https://docs.bsky.app/docs/tutorials/video), the
 * check after an unknown outcome with {@code com.atproto.repo.getRecord}, counts with {@code app.bsky.feed.getPosts}
 * (https://docs.bsky.app/docs/api/app-bsky-feed-get-posts), rate limits per
 * https://docs.bsky.app/docs/advanced-guides/rate-limits.
 */
class BlueskyPublishingTest {

    static final String KEY = "content:42:channel:7";
    static final String CREATE = "/xrpc/com.atproto.repo.createRecord";
    static final String UPLOAD = "/xrpc/com.atproto.repo.uploadBlob";
    static final String GET_RECORD = "/xrpc/com.atproto.repo.getRecord";
    static final String RKEY = RecordKeys.tid(KEY);

    final BlueskyStandIn standIn = new BlueskyStandIn();

    @AfterEach
    void stop() {
        standIn.stop();
    }

    Post brandPost(String text, Media... media) {
        return new Post(standIn.channel(), text, List.of(media), KEY);
    }

    static String created(String rkey) {
        return "{\"uri\":\"" + BlueskyStandIn.postUri(rkey) + "\",\"cid\":\"bafyreig2fjxi3rptqdgylg7e5hmjl6mcke\","
                + "\"commit\":{\"cid\":\"bafyreif3\",\"rev\":\"3lcxyz2abc22k\"},\"validationStatus\":\"valid\"}";
    }

    static String blob(String link, String mimeType, int size) {
        return "{\"blob\":{\"$type\":\"blob\",\"ref\":{\"$link\":\"" + link + "\"},\"mimeType\":\"" + mimeType
                + "\",\"size\":" + size + "}}";
    }

    void createAnswers(int status, String body) {
        standIn.pds.stubFor(post(CREATE).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void theRecordKeyIsATidMadeFromTheIdempotencyKeyAlwaysTheSame() {
        assertThat(RKEY).matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}")
                .isEqualTo(RecordKeys.tid(KEY)).isNotEqualTo(RecordKeys.tid("content:43:channel:7"));
    }

    @Test
    void aPostIsOneRecordWithFacetsInUtf8BytesAfterEmojiAndAccents() {
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.identity.resolveHandle"))
                .withQueryParam("handle", equalTo("friend.bsky.social"))
                .willReturn(okJson("{\"did\":\"did:plc:friend7x3\"}")));
        createAnswers(200, created(RKEY));
        String text = "Café ☕🎉 with @friend.bsky.social: see https://example.com/menu?x=1. #LatteArt!";

        PublishOutcome outcome = standIn.connector.publish(brandPost(text));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://bsky.app/profile/brand.bsky.social/post/"
                + RKEY, BlueskyStandIn.postUri(RKEY)));
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(CREATE))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .withRequestBody(equalToJson("{\"repo\":\"" + DID + "\",\"collection\":\"app.bsky.feed.post\","
                        + "\"rkey\":\"" + RKEY + "\",\"record\":{\"$type\":\"app.bsky.feed.post\",\"text\":\""
                        + text + "\",\"createdAt\":\"" + NOW + "\",\"facets\":["
                        + "{\"index\":{\"byteStart\":19,\"byteEnd\":38},\"features\":[{\"$type\":"
                        + "\"app.bsky.richtext.facet#mention\",\"did\":\"did:plc:friend7x3\"}]},"
                        + "{\"index\":{\"byteStart\":44,\"byteEnd\":72},\"features\":[{\"$type\":"
                        + "\"app.bsky.richtext.facet#link\",\"uri\":\"https://example.com/menu?x=1\"}]},"
                        + "{\"index\":{\"byteStart\":74,\"byteEnd\":83},\"features\":[{\"$type\":"
                        + "\"app.bsky.richtext.facet#tag\",\"tag\":\"LatteArt\"}]}]}}")));
    }

    @Test
    void imagesAreUploadedAsBlobsThenEmbeddedWithTheirAltText() {
        standIn.pds.stubFor(post(UPLOAD).withHeader("Content-Type", equalTo("image/png"))
                .withRequestBody(binaryEqualTo(new byte[] {1, 2}))
                .willReturn(okJson(blob("bafkreia1", "image/png", 2))));
        standIn.pds.stubFor(post(UPLOAD).withHeader("Content-Type", equalTo("image/jpeg"))
                .withRequestBody(binaryEqualTo(new byte[] {3, 4, 5}))
                .willReturn(okJson(blob("bafkreib2", "image/jpeg", 3))));
        createAnswers(200, created(RKEY));

        PublishOutcome outcome = standIn.connector.publish(brandPost("Two pictures",
                new Media(new byte[] {1, 2}, "image/png", "latte.png", "A latte with a leaf on top", null),
                new Media(new byte[] {3, 4, 5}, "image/jpeg", "shop.jpg")));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        standIn.pds.verify(2, postRequestedFor(urlPathEqualTo(UPLOAD))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS)));
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(CREATE)).withRequestBody(equalToJson(
                "{\"record\":{\"embed\":{\"$type\":\"app.bsky.embed.images\",\"images\":["
                        + "{\"alt\":\"A latte with a leaf on top\",\"image\":" + blobOf("bafkreia1", "image/png", 2)
                        + "},{\"alt\":\"\",\"image\":" + blobOf("bafkreib2", "image/jpeg", 3) + "}]}}}", true, true)));
    }

    static String blobOf(String link, String mimeType, int size) {
        String answer = blob(link, mimeType, size);
        return answer.substring("{\"blob\":".length(), answer.length() - 1);
    }

    @Test
    void aVideoIsUploadedAsABlobThenEmbeddedAsAVideo() {
        standIn.pds.stubFor(post(UPLOAD).withHeader("Content-Type", equalTo("video/mp4"))
                .willReturn(okJson(blob("bafkreivid", "video/mp4", 4))));
        createAnswers(200, created(RKEY));

        PublishOutcome outcome = standIn.connector.publish(brandPost("Watch this",
                new Media(new byte[] {9, 8, 7, 6}, "video/mp4", "pour.mp4", "Milk poured into an espresso", null)));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(CREATE)).withRequestBody(equalToJson(
                "{\"record\":{\"embed\":{\"$type\":\"app.bsky.embed.video\",\"video\":"
                        + blobOf("bafkreivid", "video/mp4", 4) + ",\"alt\":\"Milk poured into an espresso\"}}}",
                true, true)));
    }

    @Test
    void aBlobTypeThePdsRefusesIsAFailureWithItsReasonAndNoPost() {
        standIn.pds.stubFor(post(UPLOAD).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"InvalidRequest\",\"message\":\"Unsupported blob mime type: image/heic\"}")));

        PublishOutcome outcome = standIn.connector.publish(brandPost("Photo",
                new Media(new byte[] {1}, "image/heic", "latte.heic")));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.reason()).contains("latte.heic").contains("InvalidRequest")
                    .contains("Unsupported blob mime type: image/heic").contains("post not created");
            assertThat(failed.tokenRefused()).isFalse();
        });
        standIn.pds.verify(0, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void mediaBlueskyCannotTakeAreRefusedBeforeAnythingIsSent() {
        PublishOutcome pdf = standIn.connector.publish(brandPost("Menu", new Media(new byte[] {1}, "application/pdf",
                "menu.pdf")));
        PublishOutcome mixed = standIn.connector.publish(brandPost("Both",
                new Media(new byte[] {1}, "image/png", "a.png"),
                new Media(new byte[] {2}, "video/mp4", "b.mp4")));
        PublishOutcome big = standIn.connector.publish(brandPost("Big", new Media(new byte[1_000_001], "image/png",
                "big.png")));

        assertThat(pdf).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> assertThat(failed.reason())
                .contains("application/pdf"));
        assertThat(mixed).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> assertThat(failed.reason())
                .contains("not both"));
        assertThat(big).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> assertThat(failed.reason())
                .contains("at most 1000000 bytes"));
        assertThat(standIn.pds.getAllServeEvents()).isEmpty();
    }

    @Test
    void aTextOverThreeHundredGraphemesIsRefusedBeforeSending() {
        // 300 family emoji are 300 graphemes (but 3,300 chars): taken; one more is not
        String family = "👨‍👩‍👧‍👦";
        createAnswers(200, created(RKEY));

        assertThat(BlueskyConnector.refusal(family.repeat(300), List.of())).isNull();
        assertThat(standIn.connector.publish(brandPost(family.repeat(301))))
                .isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> assertThat(failed.reason())
                        .contains("at most 300").contains("301"));
        standIn.pds.verify(0, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void aRefusedSessionFailsThePostAndSaysTheTokenWasRefused() {
        createAnswers(401, "{\"error\":\"InvalidToken\",\"message\":\"Token could not be verified\"}");

        assertThat(standIn.connector.publish(brandPost("Hello")))
                .isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
                    assertThat(failed.tokenRefused()).isTrue();
                    assertThat(failed.reason()).contains("401").contains("InvalidToken");
                });
    }

    @Test
    void aRateLimitIsAFailureNamingWhenItResets() {
        Instant reset = NOW.plusSeconds(900);
        standIn.pds.stubFor(post(CREATE).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withHeader("ratelimit-limit", "5000")
                .withHeader("ratelimit-remaining", "0").withHeader("ratelimit-reset",
                        String.valueOf(reset.getEpochSecond())).withHeader("ratelimit-policy", "5000;w=3600")
                .withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));

        assertThat(standIn.connector.publish(brandPost("Hello")))
                .isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
                    assertThat(failed.tokenRefused()).isFalse();
                    assertThat(failed.reason()).contains("429").contains("rate limit until " + reset);
                });
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void aServerErrorIsUnknownAndTheCheckFindsTheRecordUnderItsKey() {
        createAnswers(502, "{\"error\":\"UpstreamFailure\",\"message\":\"Upstream Failure\"}");
        standIn.pds.stubFor(get(urlPathEqualTo(GET_RECORD)).withQueryParam("repo", equalTo(DID))
                .withQueryParam("collection", equalTo("app.bsky.feed.post")).withQueryParam("rkey", equalTo(RKEY))
                .willReturn(okJson("{\"uri\":\"" + BlueskyStandIn.postUri(RKEY) + "\",\"cid\":\"bafyreig2\","
                        + "\"value\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"Hello\",\"createdAt\":\"" + NOW
                        + "\"}}")));

        PublishOutcome outcome = standIn.connector.publish(brandPost("Hello"));
        Verification found = standIn.connector.findPost(brandPost("Hello"), NOW);

        assertThat(outcome).isInstanceOf(PublishOutcome.Unknown.class);
        assertThat(found).isEqualTo(new Verification.Found("https://bsky.app/profile/brand.bsky.social/post/" + RKEY,
                BlueskyStandIn.postUri(RKEY)));
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void theCheckSaysNotFoundWhenTheRepositoryHasNoRecordUnderTheKey() {
        standIn.pds.stubFor(get(urlPathEqualTo(GET_RECORD)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"RecordNotFound\","
                        + "\"message\":\"Could not locate record: " + BlueskyStandIn.postUri(RKEY) + "\"}")));

        assertThat(standIn.connector.findPost(brandPost("Hello"), NOW)).isInstanceOfSatisfying(
                Verification.NotFound.class, notFound -> assertThat(notFound.checked()).contains(RKEY));
    }

    @Test
    void aSecondSendOfAPostedKeyCannotPostTwiceAndReportsTheFirstPost() {
        createAnswers(400, "{\"error\":\"InvalidRequest\",\"message\":\"Record already exists at key\"}");
        standIn.pds.stubFor(get(urlPathEqualTo(GET_RECORD)).willReturn(okJson("{\"uri\":\""
                + BlueskyStandIn.postUri(RKEY) + "\",\"cid\":\"bafyreig2\",\"value\":{\"text\":\"Hello\"}}")));

        assertThat(standIn.connector.publish(brandPost("Hello"))).isEqualTo(new PublishOutcome.Published(
                "https://bsky.app/profile/brand.bsky.social/post/" + RKEY, BlueskyStandIn.postUri(RKEY)));
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
        standIn.pds.verify(1, getRequestedFor(urlPathEqualTo(GET_RECORD)));
    }

    @Test
    void aPostsCountsAreReadWithGetPosts() {
        String uri = BlueskyStandIn.postUri(RKEY);
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPosts")).withQueryParam("uris", equalTo(uri))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS)).willReturn(okJson("{\"posts\":[{\"uri\":\""
                        + uri + "\",\"cid\":\"bafyreig2\",\"author\":{\"did\":\"" + DID + "\",\"handle\":"
                        + "\"brand.bsky.social\"},\"record\":{\"text\":\"Hello\"},\"replyCount\":2,\"repostCount\":3,"
                        + "\"likeCount\":10,\"quoteCount\":1,\"indexedAt\":\"" + NOW + "\"}]}")));

        assertThat(standIn.connector.engagement(standIn.channel(), uri)).contains(new EngagementCounts(
                "bluesky-api", null, null, 16L, 10L, null, 4L, 2L, null));
    }

    @Test
    void aPostThatIsGoneHasNoCounts() {
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPosts")).willReturn(okJson("{\"posts\":[]}")));

        assertThat(standIn.connector.engagement(standIn.channel(), BlueskyStandIn.postUri(RKEY))).isEmpty();
    }
}
