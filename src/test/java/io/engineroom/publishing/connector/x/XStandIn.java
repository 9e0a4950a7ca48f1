package io.engineroom.publishing.connector.x;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.connector.ConnectorHttp;
import io.engineroom.publishing.connector.OAuthTokens;
import io.engineroom.publishing.connector.PublishingProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A stand-in for the X API v2 on localhost and an X connector pointed at it: the base of the contract tests. The
 * waits between media STATUS checks are recorded instead of slept.
 */
abstract class XStandIn {

    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    static final String ACCOUNT = "1580000000000000001";
    static final String TOKEN = "x-access-1";
    static final String PROBLEM = "application/problem+json";

    WireMockServer x;
    XConnector connector;
    final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void startX() {
        x = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        x.start();
        connector = connector("client-x", "secret-x");
    }

    @AfterEach
    void stopX() {
        x.stop();
    }

    XConnector connector(String clientId, String clientSecret) {
        // generous: a loaded machine's first request to a fresh stand-in can take seconds
        return connector(clientId, clientSecret, Duration.ofSeconds(10));
    }

    /** A connector that waits {@code timeout} for an answer: tests of "no answer in time" make it short. */
    XConnector connector(String clientId, String clientSecret, Duration timeout) {
        PublishingProperties properties = new PublishingProperties(Duration.ofSeconds(2), timeout,
                Map.of("x", new PublishingProperties.PlatformApp(clientId, clientSecret, x.baseUrl(),
                        "https://x.com/i/oauth2/authorize", x.baseUrl() + "/2/oauth2/token", List.of(), null, null)),
                Duration.ofMinutes(30));
        return new XConnector(new ConnectorHttp(Duration.ofSeconds(2), timeout), new ObjectMapper(),
                properties, new OAuthTokens(Duration.ofSeconds(2), Duration.ofSeconds(2),
                        Clock.fixed(NOW, ZoneOffset.UTC)), waits::add, Duration.ofSeconds(60));
    }

    ChannelConnection channel() {
        return new ChannelConnection(7, "beanleaf", Platform.X, "@beanleaf", Connector.X, x.baseUrl(), TOKEN, null,
                null, true, ACCOUNT, "x-refresh-1", NOW.plusSeconds(7200));
    }

    Post item(String text, Media... media) {
        return new Post(channel(), text, List.of(media), "content:42:channel:7");
    }

    static Media image(String altText) {
        return new Media(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", "latte.png", altText, null);
    }

    static String json(String body) {
        return body.replace('\'', '"');
    }
}
