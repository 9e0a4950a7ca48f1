package io.engineroom.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.EngagementCounts;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a status's counts from Mastodon: one GET with the channel's token, nothing on any trouble. */
class MastodonEngagementTest {

    WireMockServer mastodon;
    MastodonConnector connector;
    ChannelConnection channel;

    @BeforeEach
    void start() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        connector = new MastodonConnector(new ConnectorHttp(Duration.ofSeconds(2), Duration.ofMillis(700)),
                new ObjectMapper());
        channel = new ChannelConnection(7, "b", Platform.MASTODON, "@brand", Connector.MASTODON, mastodon.baseUrl(),
                "token-123", null, null);
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    @Test
    void repliesBoostsAndFavouritesBecomeCommentsSharesAndLikes() {
        mastodon.stubFor(get("/api/v1/statuses/1101").willReturn(aResponse().withStatus(200).withBody(
                "{\"id\":\"1101\",\"replies_count\":3,\"reblogs_count\":5,\"favourites_count\":11}")));

        Optional<EngagementCounts> counts = connector.engagement(channel, "1101");

        assertThat(counts).contains(new EngagementCounts("mastodon-api", null, null, 19L, 11L, null, 5L, 3L, null));
        mastodon.verify(1, getRequestedFor(urlEqualTo("/api/v1/statuses/1101"))
                .withHeader("Authorization", equalTo("Bearer token-123")));
    }

    @Test
    void anErrorASlowAnswerOrAnAnswerWithoutCountsGivesNothingAndIsNotRetried() {
        mastodon.stubFor(get("/api/v1/statuses/1").willReturn(aResponse().withStatus(500)));
        mastodon.stubFor(get("/api/v1/statuses/2").willReturn(aResponse().withStatus(200).withBody("{}")
                .withFixedDelay(1_500)));
        mastodon.stubFor(get("/api/v1/statuses/3").willReturn(aResponse().withStatus(200).withBody("<html>")));

        assertThat(connector.engagement(channel, "1")).isEmpty();
        assertThat(connector.engagement(channel, "2")).isEmpty();
        assertThat(connector.engagement(channel, "3")).isEmpty();

        mastodon.verify(1, getRequestedFor(urlEqualTo("/api/v1/statuses/1")));
        mastodon.verify(1, getRequestedFor(urlEqualTo("/api/v1/statuses/2")));
    }
}
