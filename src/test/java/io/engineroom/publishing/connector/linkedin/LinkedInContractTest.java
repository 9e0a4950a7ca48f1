package io.engineroom.publishing.connector.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.NOW;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.ORG;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.ORG_ENCODED;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.versioned;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Verification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Publishing to a LinkedIn page against a stand-in built from LinkedIn's documented requests and answers: the
 * Posts API (create: {@code POST /rest/posts}, 201 with {@code x-restli-id}; find by author), the Images API and
 * the Videos API ({@code initializeUpload}, part uploads with ETags, {@code finalizeUpload}, status), and its error
 * answers (401, 429, 4xx, 5xx).
 * <ul>
 * <li>https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api</li>
 * <li>https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/images-api</li>
 * <li>https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/videos-api</li>
 * <li>https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/multiimage-post-api</li>
 * <li>https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits</li>
 * </ul>
 */
class LinkedInContractTest {

    static final String POSTS = "/rest/posts";
    static final String SHARE = "urn:li:share:6844785523593134080";
    static final String FINDER = "/rest/posts?author=" + ORG_ENCODED + "&q=author&count=20&sortBy=LAST_MODIFIED";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    final LinkedInStandIn linkedin = new LinkedInStandIn();

    @AfterEach
    void stop() {
        linkedin.stop();
    }

    Post aPost(String text, Media... media) {
        return new Post(linkedin.channel(), text, List.of(media), "content:1:channel:7");
    }

    void postAnswers(int status) {
        linkedin.server.stubFor(versioned(post(POSTS)).willReturn(aResponse().withStatus(status)
                .withHeader("x-restli-id", SHARE)));
    }

    void imageRegistration(String image, String uploadPath) {
        linkedin.server.stubFor(versioned(post("/rest/images?action=initializeUpload"))
                .withRequestBody(equalToJson("{\"initializeUploadRequest\":{\"owner\":\"" + ORG + "\"}}"))
                .withHeader("Content-Type", equalTo("application/json"))
                .willReturn(aResponse().withStatus(200).withBody("{\"value\":{\"uploadUrlExpiresAt\":1650567510704,"
                        + "\"uploadUrl\":\"" + linkedin.base() + uploadPath + "\",\"image\":\"" + image + "\"}}"))
                .inScenario("images").whenScenarioStateIs(image.endsWith("1") ? Scenario.STARTED : "second")
                .willSetStateTo("second"));
        linkedin.server.stubFor(put(uploadPath).willReturn(aResponse().withStatus(201)));
    }

    @Test
    void aTextPostGoesOutAsThePagePublicInTheMainFeedAndItsUrnComesFromTheHeader() {
        postAnswers(201);

        PublishOutcome outcome = linkedin.connector.publish(aPost("Fresh beans today (Ethiopia #Yirgacheffe)"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://www.linkedin.com/feed/update/" + SHARE,
                SHARE));
        linkedin.server.verify(1, versioned(postRequestedFor(urlEqualTo(POSTS)))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"author\":\"" + ORG + "\",\"commentary\":"
                        + "\"Fresh beans today \\\\(Ethiopia {hashtag|\\\\#|Yirgacheffe}\\\\)\","
                        + "\"visibility\":\"PUBLIC\","
                        + "\"distribution\":{\"feedDistribution\":\"MAIN_FEED\",\"targetEntities\":[],"
                        + "\"thirdPartyDistributionChannels\":[]},\"lifecycleState\":\"PUBLISHED\","
                        + "\"isReshareDisabledByAuthor\":false}")));
    }

    @Test
    void anImageIsRegisteredUploadedThenPostedWithItsAltText() {
        imageRegistration("urn:li:image:C4E10AQ1", "/dms-uploads/one");
        postAnswers(201);

        PublishOutcome outcome = linkedin.connector.publish(aPost("New roast",
                new Media(PNG, "image/png", "roast.png", "A bag of dark roast beans", null)));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        linkedin.server.verify(1, putRequestedFor(urlEqualTo("/dms-uploads/one"))
                .withHeader("Authorization", equalTo("Bearer " + LinkedInStandIn.TOKEN))
                .withRequestBody(binaryEqualTo(PNG)));
        linkedin.server.verify(1, postRequestedFor(urlEqualTo(POSTS)).withRequestBody(equalToJson(
                "{\"content\":{\"media\":{\"id\":\"urn:li:image:C4E10AQ1\","
                        + "\"altText\":\"A bag of dark roast beans\"}}}",
                true, true)));
    }

    @Test
    void severalImagesBecomeOneMultiImagePostInTheirOrder() {
        imageRegistration("urn:li:image:C4E10AQ1", "/dms-uploads/one");
        imageRegistration("urn:li:image:C4E10AQ2", "/dms-uploads/two");
        postAnswers(201);

        PublishOutcome outcome = linkedin.connector.publish(aPost("Two roasts",
                new Media(PNG, "image/png", "a.png", "Light roast", null), new Media(PNG, "image/jpeg", "b.jpg")));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        linkedin.server.verify(1, postRequestedFor(urlEqualTo(POSTS)).withRequestBody(equalToJson(
                "{\"content\":{\"multiImage\":{\"images\":[{\"id\":\"urn:li:image:C4E10AQ1\","
                        + "\"altText\":\"Light roast\"},"
                        + "{\"id\":\"urn:li:image:C4E10AQ2\"}]}}}", true, true)));
    }

    @Test
    void aVideoIsUploadedInTheGivenPartsFinalisedWithTheirEtagsAndPostedOnceAvailable() {
        byte[] video = "0123456789".getBytes(StandardCharsets.US_ASCII);
        String urn = "urn:li:video:C5F10AQGKQg";
        linkedin.server.stubFor(versioned(post("/rest/videos?action=initializeUpload"))
                .withRequestBody(matchingJsonPath("$.initializeUploadRequest.owner", equalTo(ORG)))
                .withRequestBody(matchingJsonPath("$.initializeUploadRequest.fileSizeBytes", equalTo("10")))
                .willReturn(aResponse().withStatus(200).withBody("{\"value\":{\"uploadUrlsExpireAt\":1649204566000,"
                        + "\"video\":\"" + urn + "\",\"uploadInstructions\":[{\"uploadUrl\":\"" + linkedin.base()
                        + "/dms-uploads/v1\",\"lastByte\":5,\"firstByte\":0},{\"uploadUrl\":\"" + linkedin.base()
                        + "/dms-uploads/v2\",\"lastByte\":9,\"firstByte\":6}],\"uploadToken\":\"\"}}")));
        linkedin.server.stubFor(put("/dms-uploads/v1").willReturn(aResponse().withStatus(200)
                .withHeader("ETag", "etag-one")));
        linkedin.server.stubFor(put("/dms-uploads/v2").willReturn(aResponse().withStatus(200)
                .withHeader("ETag", "etag-two")));
        linkedin.server.stubFor(versioned(post("/rest/videos?action=finalizeUpload")).withRequestBody(equalToJson(
                "{\"finalizeUploadRequest\":{\"video\":\"" + urn + "\",\"uploadToken\":\"\","
                        + "\"uploadedPartIds\":[\"etag-one\",\"etag-two\"]}}"))
                .willReturn(aResponse().withStatus(200)));
        String status = "/rest/videos/urn%3Ali%3Avideo%3AC5F10AQGKQg";
        linkedin.server.stubFor(versioned(get(status)).inScenario("video").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withBody("{\"id\":\"" + urn + "\",\"status\":\"PROCESSING\"}"))
                .willSetStateTo("done"));
        linkedin.server.stubFor(versioned(get(status)).inScenario("video").whenScenarioStateIs("done")
                .willReturn(aResponse().withBody("{\"id\":\"" + urn + "\",\"status\":\"AVAILABLE\"}")));
        postAnswers(201);

        PublishOutcome outcome = linkedin.connector.publish(aPost("Roasting, live", new Media(video, "video/mp4",
                "roast.mp4")));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        linkedin.server.verify(putRequestedFor(urlEqualTo("/dms-uploads/v1"))
                .withRequestBody(binaryEqualTo("012345".getBytes(StandardCharsets.US_ASCII))));
        linkedin.server.verify(putRequestedFor(urlEqualTo("/dms-uploads/v2"))
                .withRequestBody(binaryEqualTo("6789".getBytes(StandardCharsets.US_ASCII))));
        linkedin.server.verify(1, postRequestedFor(urlEqualTo(POSTS)).withRequestBody(equalToJson(
                "{\"content\":{\"media\":{\"id\":\"" + urn + "\"}}}", true, true)));
    }

    @Test
    void aVideoLinkedInCannotProcessIsNotPosted() {
        String urn = "urn:li:video:C5F10BAD";
        linkedin.server.stubFor(versioned(post("/rest/videos?action=initializeUpload")).willReturn(aResponse()
                .withBody("{\"value\":{\"video\":\"" + urn + "\",\"uploadInstructions\":[{\"uploadUrl\":\""
                        + linkedin.base() + "/dms-uploads/v\",\"firstByte\":0,\"lastByte\":2}],"
                        + "\"uploadToken\":\"t\"}}")));
        linkedin.server.stubFor(put("/dms-uploads/v").willReturn(aResponse().withHeader("ETag", "e")));
        linkedin.server.stubFor(versioned(post("/rest/videos?action=finalizeUpload")).willReturn(aResponse()));
        linkedin.server.stubFor(versioned(get("/rest/videos/urn%3Ali%3Avideo%3AC5F10BAD")).willReturn(aResponse()
                .withBody("{\"status\":\"PROCESSING_FAILED\"}")));

        PublishOutcome outcome = linkedin.connector.publish(aPost("Oops", new Media(new byte[] {1, 2, 3}, "video/mp4",
                "bad.mp4")));

        assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
        assertThat(((PublishOutcome.Failed) outcome).reason()).contains("bad.mp4").contains("could not process");
        linkedin.server.verify(0, postRequestedFor(urlEqualTo(POSTS)));
    }

    @Test
    void aMediaTypeLinkedInDoesNotTakeIsRefusedBeforeAnythingIsSent() {
        PublishOutcome outcome = linkedin.connector.publish(aPost("Look", new Media(PNG, "image/webp", "a.webp")));

        assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
        assertThat(((PublishOutcome.Failed) outcome).reason()).contains("image/webp").contains("nothing was sent");
        assertThat(linkedin.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRefusedImageUploadMeansNotPostedEvenWhenItTimedOutOrFailedOnTheServer() {
        linkedin.server.stubFor(versioned(post("/rest/images?action=initializeUpload"))
                .willReturn(aResponse().withStatus(500)));

        PublishOutcome outcome = linkedin.connector.publish(aPost("x", new Media(PNG, "image/png", "a.png")));

        assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
        linkedin.server.verify(0, postRequestedFor(urlEqualTo(POSTS)));
    }

    @Test
    void aRefusedTokenIsSaidSoTheChannelIsConnectedAgain() {
        linkedin.server.stubFor(post(POSTS).willReturn(aResponse().withStatus(401).withBody(
                "{\"serviceErrorCode\":65600,\"code\":\"REVOKED_ACCESS_TOKEN\",\"message\":\"The token used in the "
                        + "request has been revoked by the user\",\"status\":401}")));

        PublishOutcome outcome = linkedin.connector.publish(aPost("Hello"));

        assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
        PublishOutcome.Failed failed = (PublishOutcome.Failed) outcome;
        assertThat(failed.tokenRefused()).isTrue();
        assertThat(failed.reason()).contains("401").contains("revoked").contains("connect the channel again");
    }

    @Test
    void theDailyRateLimitSaysToTryAgainAfterMidnightUtc() {
        linkedin.server.stubFor(post(POSTS).willReturn(aResponse().withStatus(429).withBody(
                "{\"message\":\"Resource level throttle APPLICATION DAY limit for calls to this resource is reached.\","
                        + "\"status\":429}")));

        PublishOutcome outcome = linkedin.connector.publish(aPost("Hello"));

        assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
        assertThat(((PublishOutcome.Failed) outcome).tokenRefused()).isFalse();
        assertThat(((PublishOutcome.Failed) outcome).reason()).contains("429").contains("midnight UTC")
                .contains("2026-12-06T00:00:00Z");
    }

    @Test
    void aRequestLinkedInRefusesIsNotPostedAndAServerErrorIsUnknown() {
        linkedin.server.stubFor(post(POSTS).willReturn(aResponse().withStatus(422).withBody(
                "{\"message\":\"ERROR :: /commentary :: is too long\",\"status\":422}")));
        PublishOutcome refused = linkedin.connector.publish(aPost("Hello"));
        linkedin.server.resetAll();
        postAnswers(504);
        PublishOutcome unknown = linkedin.connector.publish(aPost("Hello"));

        assertThat(refused).isInstanceOf(PublishOutcome.Failed.class);
        assertThat(((PublishOutcome.Failed) refused).reason()).contains("422").contains("too long");
        assertThat(unknown).isInstanceOf(PublishOutcome.Unknown.class);
    }

    @Test
    void afterAnUnknownOutcomeThePostIsFoundAmongThePagesRecentPostsWithItsText() {
        String text = "Hello (again) #coffee";
        linkedin.server.stubFor(versioned(get(FINDER)).withHeader("X-RestLi-Method", equalTo("FINDER"))
                .willReturn(aResponse().withBody("{\"paging\":{\"start\":0,\"count\":20,\"links\":[]},\"elements\":["
                        + element("urn:li:share:1", "Hello \\\\(again\\\\) {hashtag|\\\\#|coffee}",
                                NOW.minusSeconds(7200).toEpochMilli())
                        + "," + element("urn:li:share:2", "Hello \\\\(again\\\\) {hashtag|\\\\#|coffee}",
                                NOW.plusSeconds(5).toEpochMilli())
                        + "]}")));

        Verification found = linkedin.connector.findPost(aPost(text), NOW);
        Verification other = linkedin.connector.findPost(aPost("Something else"), NOW);

        assertThat(found).isEqualTo(new Verification.Found("https://www.linkedin.com/feed/update/urn:li:share:2",
                "urn:li:share:2"));
        assertThat(other).isInstanceOf(Verification.NotFound.class);
        assertThat(((Verification.NotFound) other).checked()).contains("2 most recently changed posts");
    }

    @Test
    void aCheckLinkedInDoesNotAnswerCannotTell() {
        linkedin.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));

        assertThat(linkedin.connector.findPost(aPost("Hello"), NOW)).isInstanceOf(Verification.CannotTell.class);
    }

    static String element(String urn, String commentary, long createdAt) {
        return "{\"id\":\"" + urn + "\",\"author\":\"" + ORG + "\",\"commentary\":\"" + commentary + "\","
                + "\"visibility\":\"PUBLIC\",\"lifecycleState\":\"PUBLISHED\",\"createdAt\":" + createdAt
                + ",\"lastModifiedAt\":" + createdAt + ",\"publishedAt\":" + createdAt + "}";
    }
}
