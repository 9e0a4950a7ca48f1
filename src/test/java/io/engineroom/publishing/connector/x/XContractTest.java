package io.engineroom.publishing.connector.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.PublishOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Publishing on X against a stand-in built from X's documented requests and answers: create post
 * (https://docs.x.com/x-api/posts/create-post: {@code POST /2/tweets}, 201 {@code {data:{id,text}}}), media upload
 * (https://docs.x.com/x-api/media/upload-media, .../initialize-media-upload, .../append-media-upload,
 * .../finalize-media-upload, .../get-media-upload-status), alt text
 * (https://docs.x.com/x-api/media/create-media-metadata),
 * errors as RFC 7807 problems and rate limits with {@code x-rate-limit-reset}
 * (https://docs.x.com/x-api/fundamentals/rate-limits).
 */
class XContractTest extends XStandIn {

    void tweetAnswers(String id) {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type",
                "application/json").withBody(json("{'data':{'id':'" + id + "','text':'...','edit_history_tweet_ids':['"
                        + id + "']}}"))));
    }

    @Test
    void aTextPostIsOnePostWithTheBearerTokenAndItsLinkIsTheAccountsStatusAddress() {
        tweetAnswers("1866000000000000001");

        PublishOutcome outcome = connector.publish(item("Fresh oat flat white today & tomorrow"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published(
                "https://x.com/beanleaf/status/1866000000000000001", "1866000000000000001"));
        x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson(json("{'text':'Fresh oat flat white today & tomorrow'}"))));
    }

    @Test
    void anImageIsUploadedInOneRequestItsAltTextSetAndItsIdAttachedToThePost() {
        x.stubFor(post("/2/media/upload").willReturn(aResponse().withStatus(200).withBody(json(
                "{'data':{'id':'710511363345354753','media_key':'3_710511363345354753','size':4,"
                        + "'expires_after_secs':86400}}"))));
        x.stubFor(post("/2/media/metadata").willReturn(aResponse().withStatus(200).withBody(json(
                "{'data':{'id':'710511363345354753','associated_metadata':{'alt_text':{'text':'A latte'}}}}"))));
        tweetAnswers("1866000000000000002");

        PublishOutcome outcome = connector.publish(item("Latte art", image("A latte with a leaf drawn in foam")));

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.PUBLISHED);
        LoggedRequest upload = x.findAll(postRequestedFor(urlEqualTo("/2/media/upload"))).get(0);
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(upload.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        String form = new String(upload.getBody(), StandardCharsets.ISO_8859_1);
        assertThat(form).contains("name=\"media_category\"\r\n\r\ntweet_image").contains("name=\"media\"; filename=")
                .contains("image/png");
        x.verify(postRequestedFor(urlEqualTo("/2/media/metadata")).withRequestBody(equalToJson(json(
                "{'id':'710511363345354753','metadata':{'alt_text':{'text':'A latte with a leaf drawn in foam'}}}"))));
        x.verify(postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(equalToJson(json(
                "{'text':'Latte art','media':{'media_ids':['710511363345354753']}}"))));
    }

    @Test
    void aVideoGoesInChunksAndThePostWaitsUntilStatusSaysProcessingSucceeded() {
        byte[] video = new byte[XMedia.CHUNK + 10];
        x.stubFor(post("/2/media/upload/initialize").willReturn(aResponse().withStatus(200).withBody(json(
                "{'data':{'id':'1880028106020515840','media_key':'13_1880028106020515840',"
                        + "'expires_after_secs':1295999}}"))));
        x.stubFor(post("/2/media/upload/1880028106020515840/append").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'expires_at':1765000000}}"))));
        x.stubFor(post("/2/media/upload/1880028106020515840/finalize").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'id':'1880028106020515840','size':" + video.length
                        + ",'processing_info':{'state':'pending','check_after_secs':5}}}"))));
        x.stubFor(get(urlPathEqualTo("/2/media/upload")).inScenario("status").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withBody(json("{'data':{'id':'1880028106020515840',"
                        + "'processing_info':{'state':'in_progress','check_after_secs':10,'progress_percent':40}}}")))
                .willSetStateTo("done"));
        x.stubFor(get(urlPathEqualTo("/2/media/upload")).inScenario("status").whenScenarioStateIs("done")
                .willReturn(aResponse().withStatus(200).withBody(json("{'data':{'id':'1880028106020515840',"
                        + "'processing_info':{'state':'succeeded','progress_percent':100}}}"))));
        tweetAnswers("1866000000000000003");

        PublishOutcome outcome = connector.publish(item("Behind the bar", new Media(video, "video/mp4", "bar.mp4")));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://x.com/beanleaf/status/1866000000000000003",
                "1866000000000000003"));
        x.verify(postRequestedFor(urlEqualTo("/2/media/upload/initialize")).withRequestBody(equalToJson(json(
                "{'media_type':'video/mp4','total_bytes':" + video.length + ",'media_category':'tweet_video'}"))));
        List<LoggedRequest> chunks = x.findAll(postRequestedFor(urlEqualTo(
                "/2/media/upload/1880028106020515840/append")));
        assertThat(chunks).hasSize(2);
        assertThat(new String(chunks.get(0).getBody(), StandardCharsets.ISO_8859_1))
                .contains("name=\"segment_index\"\r\n\r\n0");
        assertThat(new String(chunks.get(1).getBody(), StandardCharsets.ISO_8859_1))
                .contains("name=\"segment_index\"\r\n\r\n1");
        x.verify(2, getRequestedFor(urlEqualTo("/2/media/upload?command=STATUS&media_id=1880028106020515840")));
        // X's check_after_secs, as it said them
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
        x.verify(postRequestedFor(urlEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.media.media_ids[0]", equalTo("1880028106020515840"))));
    }

    @Test
    void aGifIsAChunkedTweetGifWithItsAltTextAndNeedsNoWaitWhenFinalizeSaysNoProcessing() {
        x.stubFor(post("/2/media/upload/initialize").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'id':'555','media_key':'16_555'}}"))));
        x.stubFor(post("/2/media/upload/555/append").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'expires_at':1765000000}}"))));
        x.stubFor(post("/2/media/upload/555/finalize").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'id':'555','size':3}}"))));
        x.stubFor(post("/2/media/metadata").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'id':'555'}}"))));
        tweetAnswers("1866000000000000004");

        PublishOutcome outcome = connector.publish(item("Pour", new Media("GIF".getBytes(StandardCharsets.UTF_8),
                "image/gif", "pour.gif", "Milk poured into espresso", null)));

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.PUBLISHED);
        x.verify(postRequestedFor(urlEqualTo("/2/media/upload/initialize"))
                .withRequestBody(matchingJsonPath("$.media_category", equalTo("tweet_gif")))
                .withRequestBody(matchingJsonPath("$.media_type", equalTo("image/gif"))));
        x.verify(postRequestedFor(urlEqualTo("/2/media/metadata"))
                .withRequestBody(matchingJsonPath("$.metadata.alt_text.text", equalTo("Milk poured into espresso"))));
        x.verify(0, getRequestedFor(urlPathEqualTo("/2/media/upload")));
        assertThat(waits).isEmpty();
    }

    @Test
    void aVideoXCannotProcessFailsWithXsReasonAndNothingIsPosted() {
        x.stubFor(post("/2/media/upload/initialize").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'id':'777'}}"))));
        x.stubFor(post("/2/media/upload/777/append").willReturn(aResponse().withStatus(200)));
        x.stubFor(post("/2/media/upload/777/finalize").willReturn(aResponse().withStatus(200).withBody(json(
                "{'data':{'id':'777','processing_info':{'state':'failed','error':{'code':1,'name':'InvalidMedia',"
                        + "'message':'Unsupported video format'}}}}"))));

        PublishOutcome outcome = connector.publish(item("Clip", new Media(new byte[] {1}, "video/mp4", "c.mp4")));

        assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
        assertThat(((PublishOutcome.Failed) outcome).reason()).contains("Unsupported video format")
                .contains("not posted");
        x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
    }

    @Test
    void aMediaTypeXRefusesIsAFailureNamingTheFileAndNothingIsPosted() {
        x.stubFor(post("/2/media/upload").willReturn(aResponse().withStatus(400).withHeader("Content-Type", PROBLEM)
                .withBody(json("{'title':'Invalid Request','detail':'media type unrecognized.','status':400,"
                        + "'type':'https://api.x.com/2/problems/invalid-request'}"))));

        PublishOutcome outcome = connector.publish(item("Menu", image(null)));

        assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
        assertThat(((PublishOutcome.Failed) outcome).reason()).contains("latte.png").contains("HTTP 400")
                .contains("media type unrecognized").contains("not posted");
        x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
    }

    @Test
    void mediaXDoesNotTakeAreRefusedBeforeAnythingIsSent() {
        PublishOutcome pdf = connector.publish(item("Menu", new Media(new byte[] {1}, "application/pdf", "menu.pdf")));
        PublishOutcome mixed = connector.publish(item("Both", image(null), new Media(new byte[] {1}, "video/mp4",
                "clip.mp4")));

        assertThat(((PublishOutcome.Failed) pdf).reason()).contains("X does not take menu.pdf");
        assertThat(((PublishOutcome.Failed) mixed).reason()).contains("one GIF or one video alone");
        assertThat(x.getAllServeEvents()).isEmpty();
    }

    @Test
    void aTokenXRefusesIsAFailureThatMarksTheTokenRefused() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(401).withHeader("Content-Type", PROBLEM)
                .withBody(json("{'title':'Unauthorized','type':'about:blank','status':401,'detail':'Unauthorized'}"))));

        PublishOutcome outcome = connector.publish(item("Hello"));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isTrue();
            assertThat(failed.reason()).contains("HTTP 401").contains("connect the channel again");
        });
    }

    @Test
    void aRateLimitIsAFailureThatSaysWhenTheWindowResetsAndIsNotRetried() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(429).withHeader("x-rate-limit-limit", "100")
                .withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset", "1764925200")
                .withHeader("Content-Type", PROBLEM)
                .withBody(json("{'title':'Too Many Requests','detail':'Too Many Requests','type':'about:blank',"
                        + "'status':429}"))));

        PublishOutcome outcome = connector.publish(item("Hello"));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isFalse();
            assertThat(failed.reason()).contains("rate limit").contains("resets at 2025-12-05T09:00:00Z");
        });
        x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
    }

    @Test
    void aServerErrorOrNoAnswerInTimeLeavesTheOutcomeUnknown() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(503).withBody("over capacity")));
        PublishOutcome busy = connector.publish(item("Hello"));

        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withFixedDelay(3000)
                .withBody(json("{'data':{'id':'1'}}"))));
        PublishOutcome late = connector("client-x", "secret-x", Duration.ofSeconds(1)).publish(item("Hello"));

        assertThat(busy).isInstanceOf(PublishOutcome.Unknown.class);
        assertThat(late).isInstanceOf(PublishOutcome.Unknown.class);
    }

    @Test
    void aDuplicateContentRefusalIsAFailureThatPointsAtTheAccountAndIsNeverTakenAsThisPost() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(403).withHeader("Content-Type", PROBLEM)
                .withBody(json("{'detail':'You are not allowed to create a Tweet with duplicate content.',"
                        + "'type':'about:blank','title':'Forbidden','status':403}"))));

        PublishOutcome outcome = connector.publish(item("We are open!"));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isFalse();
            assertThat(failed.reason()).contains("duplicate").contains("nothing was posted now")
                    .contains("https://x.com/beanleaf");
        });
    }
}
