package io.engineroom.publishing.connector.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.inbox.listening.PlatformListening;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An X channel in the running application, against a stand-in X API: added with the tokens a connection gave,
 * published to through the publishing service (an answer that comes too late is looked for on the account at once),
 * its mentions polled with the cursor stored between polls, and a token about to expire refreshed (X rotates the
 * refresh token) before the post goes out. Requests and answers as in https://docs.x.com/x-api/posts/create-post,
 * .../user-posts-timeline-by-user-id, .../user-mention-timeline-by-user-id and
 * https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code.
 */
@EngineRoomIntegrationTest
class XChannelTest {

    static final String ACCOUNT = "1580000000000000099";

    @Autowired
    PublishingService publishing;
    @Autowired
    PlatformListening listening;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    Clock clock;

    WireMockServer x;
    String brand;
    long contentItem;

    @BeforeEach
    void start() throws Exception {
        x = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        x.start();
        warmUp();
        brand = "x-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "X Test", false));
        contentItem = System.nanoTime() % 1_000_000_000L;
    }

    /**
     * A fresh stand-in's first answer can take seconds on a loaded machine: one request to it first, so the app's
     * 2 s timeout measures the calls under test, not the stand-in's start.
     */
    void warmUp() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(x.baseUrl() + "/__admin/health")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @AfterEach
    void stop() {
        x.stop();
    }

    ChannelSummary channel(Instant expiresAt) {
        return AsAdmin.call(() -> channels.addPlatformAccount(brand, Connector.X, new AccountTokens(ACCOUNT,
                "@xtest", x.baseUrl(), "access-1", "refresh-1", expiresAt), true));
    }

    static String json(String body) {
        return body.replace('\'', '"');
    }

    @Test
    void aPostWhoseAnswerCameTooLateIsFoundOnTheAccountAndRecordedAsPostedByTheAutomaticCheck() {
        ChannelSummary channel = channel(clock.instant().plus(Duration.ofHours(2)));
        // X makes the post, but answers after the app's 2 s timeout
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withFixedDelay(3_000)
                .withBody(json("{'data':{'id':'1867000000000000001','text':'...'}}"))));
        x.stubFor(get(urlPathEqualTo("/2/users/" + ACCOUNT + "/tweets")).willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':[{'id':'1867000000000000001','text':'Cold brew is back https://t.co/Ab12',"
                        + "'created_at':'" + clock.instant().truncatedTo(ChronoUnit.SECONDS) + "'}],"
                        + "'meta':{'result_count':1}}"))));

        PublishOutcome outcome = publishing.publish(contentItem, channel.id(),
                "Cold brew is back https://beanleaf.com/cold-brew", null);

        assertThat(outcome).isEqualTo(new PublishOutcome.Published(
                "https://x.com/xtest/status/1867000000000000001", "1867000000000000001"));
        x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
        assertThat(publishing.attempts(Post.keyFor(contentItem, channel.id()))).singleElement()
                .satisfies(attempt -> {
                    assertThat(attempt.outcome()).isEqualTo(PublishOutcome.Status.UNKNOWN);
                    assertThat(attempt.resolution()).isEqualTo("POSTED");
                    assertThat(attempt.resolvedBy()).isEqualTo(PublishingService.AUTOMATIC_CHECK);
                });
    }

    @Test
    void mentionsArePolledFromTheCursorTheLastPollStored() {
        ChannelSummary channel = channel(clock.instant().plus(Duration.ofHours(2)));
        String mentions = "/2/users/" + ACCOUNT + "/mentions";
        String users = "'includes':{'users':[{'id':'42','name':'Ada','username':'ada'}]}";
        x.stubFor(get(urlPathEqualTo(mentions)).withQueryParam("since_id", absent()).willReturn(aResponse()
                .withStatus(200).withBody(json("{'data':[{'id':'2001','text':'@xtest hello','author_id':'42',"
                        + "'created_at':'2026-12-05T07:00:00.000Z'}]," + users + ",'meta':{'newest_id':'2001',"
                        + "'result_count':1}}"))));
        x.stubFor(get(urlPathEqualTo(mentions)).withQueryParam("since_id", equalTo("2001")).willReturn(aResponse()
                .withStatus(200).withBody(json("{'data':[{'id':'2002','text':'@xtest is it open?','author_id':'42',"
                        + "'created_at':'2026-12-05T07:05:00.000Z','in_reply_to_user_id':'" + ACCOUNT + "',"
                        + "'referenced_tweets':[{'type':'replied_to','id':'1867000000000000001'}]}]," + users
                        + ",'meta':{'newest_id':'2002','result_count':1}}"))));

        int first = listening.poll(channel.id());
        int second = listening.poll(channel.id());

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(1);
        x.verify(1, getRequestedFor(urlPathEqualTo(mentions)).withQueryParam("since_id", equalTo("2001"))
                .withHeader("Authorization", equalTo("Bearer access-1")));
    }

    @Test
    void aTokenAboutToExpireIsRefreshedWithTheRotatingRefreshTokenBeforeThePostGoesOut() {
        ChannelSummary channel = channel(clock.instant().plus(Duration.ofMinutes(1)));
        x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody(json("{'token_type':'bearer','expires_in':7200,'access_token':"
                        + "'access-2','scope':'tweet.write','refresh_token':'refresh-2'}"))));
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
                .withBody(json("{'data':{'id':'1867000000000000002','text':'Open late'}}"))));

        PublishOutcome outcome = publishing.publish(contentItem, channel.id(), "Open late tonight", null);
        PublishOutcome next = publishing.publish(contentItem + 1, channel.id(), "Open late tomorrow", null);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(next).isInstanceOf(PublishOutcome.Published.class);
        x.verify(1, postRequestedFor(urlEqualTo("/2/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=refresh-1")));
        // the new token is used, and kept: the second post needs no refresh
        x.verify(2, postRequestedFor(urlEqualTo("/2/tweets")).withHeader("Authorization",
                equalTo("Bearer access-2")));
    }

    @Test
    void theFollowerCountIsReadWithATokenRefreshedFirstWhenTheOldOneIsAboutToExpire() {
        ChannelSummary channel = channel(clock.instant().plus(Duration.ofMinutes(1)));
        x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody(json("{'token_type':'bearer','expires_in':7200,'access_token':"
                        + "'access-3','scope':'users.read','refresh_token':'refresh-3'}"))));
        x.stubFor(get(urlPathEqualTo("/2/users/me")).withHeader("Authorization", equalTo("Bearer access-3"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(json("{'data':{'id':'42','username':'beans','name':'Beans',"
                                + "'public_metrics':{'followers_count':1234}}}"))));

        assertThat(publishing.followers(channel.id())).contains(1234L);
        x.verify(1, postRequestedFor(urlEqualTo("/2/oauth2/token")).withRequestBody(containing("refresh_token=")));
    }
}
