package io.engineroom.publishing.connector.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.ChannelTokens;
import io.engineroom.brand.Connector;
import io.engineroom.brand.TokenState;
import io.engineroom.inbox.listening.PlatformListening;
import io.engineroom.publishing.Media;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A LinkedIn page channel in the whole application against a stand-in LinkedIn (the requests of
 * {@link LinkedInContractTest} and {@link LinkedInListeningTest}): added with its tokens, posted to with an image
 * through the publishing service, an unknown outcome found on the page by the automatic check, comments polled
 * twice from the cursor stored in between, and a refused token marking the channel for reconnection.
 */
@EngineRoomIntegrationTest
class LinkedInChannelTest {

    static final String ORG = "urn:li:organization:777";
    static final String ACTIVITY = "urn:li:activity:9001";
    static final String SHARE = "urn:li:share:9000";

    @Autowired
    PublishingService publishing;
    @Autowired
    ChannelService channels;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelTokens tokens;
    @Autowired
    PlatformListening listening;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    WireMockServer linkedin;
    ChannelSummary channel;
    long contentItem;

    @BeforeEach
    void aBrandWithALinkedInPage() {
        linkedin = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        linkedin.start();
        warmUp();
        String brand = "li-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "LinkedIn Test", false));
        channel = AsAdmin.call(() -> channels.addPlatformAccount(brand, Connector.LINKEDIN, new AccountTokens(ORG,
                "LinkedIn Test Page", linkedin.baseUrl(), "AQXtoken", "AQWrefresh",
                clock.instant().plus(Duration.ofDays(60))), false));
        contentItem = System.nanoTime() % 1_000_000_000L;
    }

    @AfterEach
    void stop() {
        linkedin.stop();
    }

    @Test
    void aPostWithAnImageGoesOutOnceAndAnUnknownOutcomeIsFoundOnThePageWithoutAPerson() {
        linkedin.stubFor(post("/rest/images?action=initializeUpload").willReturn(aResponse().withBody(
                "{\"value\":{\"uploadUrl\":\"" + linkedin.baseUrl() + "/dms-uploads/1\","
                        + "\"image\":\"urn:li:image:1\"}}")));
        linkedin.stubFor(put("/dms-uploads/1").willReturn(aResponse().withStatus(201)));
        linkedin.stubFor(post("/rest/posts").withRequestBody(matchingJsonPath("$.commentary", com.github.tomakehurst
                .wiremock.client.WireMock.equalTo("Our new roast"))).willReturn(aResponse().withStatus(201)
                .withHeader("x-restli-id", SHARE)));

        PublishOutcome posted = publishing.publish(contentItem, channel.id(), "Our new roast",
                List.of(new Media(new byte[] {1, 2, 3}, "image/png", "roast.png", "Dark beans", null)));

        assertThat(posted).isEqualTo(new PublishOutcome.Published("https://www.linkedin.com/feed/update/" + SHARE,
                SHARE));
        linkedin.verify(1, postRequestedFor(urlEqualTo("/rest/posts"))
                .withRequestBody(matchingJsonPath("$.content.media.altText")));

        // the next post is stored, but LinkedIn answers with a server error: the page's posts show it
        linkedin.stubFor(post("/rest/posts").withRequestBody(matchingJsonPath("$.commentary", com.github.tomakehurst
                .wiremock.client.WireMock.equalTo("Second roast"))).willReturn(aResponse().withStatus(504)));
        linkedin.stubFor(get(urlEqualTo("/rest/posts?author=urn%3Ali%3Aorganization%3A777&q=author&count=20"
                + "&sortBy=LAST_MODIFIED")).willReturn(aResponse().withBody("{\"elements\":[" + LinkedInContractTest
                        .element("urn:li:share:9100", "Second roast", clock.instant().plusSeconds(1).toEpochMilli())
                        .replace("urn:li:organization:2414183", ORG) + "]}")));

        PublishOutcome checked = publishing.publish(contentItem + 1, channel.id(), "Second roast", null);

        assertThat(checked).isEqualTo(new PublishOutcome.Published(
                "https://www.linkedin.com/feed/update/urn:li:share:9100", "urn:li:share:9100"));
        assertThat(publishing.attempts(Post.keyFor(contentItem + 1, channel.id()))).singleElement()
                .satisfies(attempt -> {
                    assertThat(attempt.outcome()).isEqualTo(PublishOutcome.Status.UNKNOWN);
                    assertThat(attempt.resolution()).isEqualTo("POSTED");
                    assertThat(attempt.resolvedBy()).isEqualTo(PublishingService.AUTOMATIC_CHECK);
                });
    }

    @Test
    void commentsArePolledTwiceTheSecondTimeFromTheStoredCursor() {
        Instant now = clock.instant();
        linkedin.stubFor(get(urlEqualTo("/rest/posts?author=urn%3Ali%3Aorganization%3A777&q=author&count=20"
                + "&sortBy=LAST_MODIFIED")).willReturn(aResponse().withBody("{\"elements\":[" + LinkedInContractTest
                        .element(SHARE, "Our new roast", now.minus(Duration.ofDays(1)).toEpochMilli())
                        .replace("urn:li:organization:2414183", ORG) + "]}")));
        String comments = "/rest/socialActions/urn%3Ali%3Ashare%3A9000/comments?start=0&count=50";
        Instant first = now.minus(Duration.ofHours(3));
        Instant second = now.minus(Duration.ofHours(2));
        Instant third = now.minus(Duration.ofMinutes(5));
        linkedin.stubFor(get(urlEqualTo(comments)).willReturn(aResponse().withBody(page(
                comment("1", "Love it", first), comment("2", "Price?", second)))));

        int firstPoll = listening.poll(channel.id());
        String cursorAfterFirst = cursor();
        linkedin.stubFor(get(urlEqualTo(comments)).willReturn(aResponse().withBody(page(
                comment("1", "Love it", first), comment("2", "Price?", second), comment("3", "In stock?", third)))));
        int secondPoll = listening.poll(channel.id());

        assertThat(firstPoll).isEqualTo(2);
        assertThat(cursorAfterFirst).isEqualTo(String.valueOf(second.toEpochMilli()));
        assertThat(secondPoll).isEqualTo(1);
        assertThat(cursor()).isEqualTo(String.valueOf(third.toEpochMilli()));
    }

    @Test
    void aTokenLinkedInRefusesMarksTheChannelForReconnection() {
        linkedin.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(401).withBody(
                "{\"serviceErrorCode\":65601,\"code\":\"REVOKED_ACCESS_TOKEN\",\"message\":\"The token used in the "
                        + "request has been revoked by the user\",\"status\":401}")));

        PublishOutcome outcome = publishing.publish(contentItem, channel.id(), "Refused", null);

        assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
        assertThat(tokens.state(channel.id()).state()).isEqualTo(TokenState.REFUSED);
        assertThat(tokens.state(channel.id()).problem()).contains("401");
    }

    /**
     * One request to the fresh stand-in before the test's own: on a busy machine the first answer of a new server
     * can take longer than the tests' 2 s publishing timeout, which would turn a stubbed answer into "no answer".
     */
    void warmUp() {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(linkedin.baseUrl()
                    + "/__admin/mappings")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException("The LinkedIn stand-in does not answer", e);
        }
    }

    String cursor() {
        return jdbc.queryForObject("select cursor_value from listening_cursor where channel_id = ? and stream = ?",
                String.class, channel.id(), "comments");
    }

    static String page(String... comments) {
        return "{\"paging\":{\"start\":0,\"count\":50,\"total\":" + comments.length + "},\"elements\":["
                + String.join(",", comments) + "]}";
    }

    static String comment(String id, String text, Instant created) {
        String urn = "urn:li:comment:(" + ACTIVITY + "," + id + ")";
        return "{\"actor\":\"urn:li:person:p" + id + "\",\"commentUrn\":\"" + urn + "\",\"id\":\"" + id
                + "\",\"object\":\"" + ACTIVITY + "\",\"created\":{\"actor\":\"urn:li:person:p" + id + "\",\"time\":"
                + created.toEpochMilli() + "},\"message\":{\"text\":\"" + text + "\"}}";
    }
}
