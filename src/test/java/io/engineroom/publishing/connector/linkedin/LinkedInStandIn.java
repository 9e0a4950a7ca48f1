package io.engineroom.publishing.connector.linkedin;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.connector.ConnectorHttp;
import io.engineroom.publishing.connector.OAuthTokens;
import io.engineroom.publishing.connector.PublishingProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A stand-in for api.linkedin.com and LinkedIn's token endpoint, and a connector pointed at it, for the contract
 * tests. Every stub it helps build asks for LinkedIn's required headers, so a request without them finds no stub.
 */
final class LinkedInStandIn {

    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    static final String ORG = "urn:li:organization:2414183";
    static final String ORG_ENCODED = "urn%3Ali%3Aorganization%3A2414183";
    static final String TOKEN = "AQXtoken";

    final WireMockServer server;
    final LinkedInConnector connector;

    LinkedInStandIn() {
        // generous: the machine running the tests may be busy, and no test here waits for a timeout
        this(Duration.ofSeconds(10));
    }

    LinkedInStandIn(Duration timeout) {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        connector = new LinkedInConnector(new ConnectorHttp(Duration.ofSeconds(5), timeout), new ObjectMapper(),
                new OAuthTokens(Duration.ofSeconds(5), timeout, clock), app(), clock, Duration.ofMillis(10),
                Duration.ofMillis(300));
    }

    PublishingProperties.PlatformApp app() {
        return new PublishingProperties.PlatformApp("client-li", "secret-li", server.baseUrl(),
                "https://www.linkedin.com/oauth/v2/authorization", server.baseUrl() + "/oauth/v2/accessToken",
                List.of(), null, null);
    }

    void stop() {
        server.stop();
    }

    String base() {
        return server.baseUrl();
    }

    ChannelConnection channel(String refreshToken) {
        return new ChannelConnection(7, "beanleaf", Platform.LINKEDIN, "Bean & Leaf", Connector.LINKEDIN, base(),
                TOKEN, null, null, true, ORG, refreshToken, NOW.plus(Duration.ofDays(60)));
    }

    ChannelConnection channel() {
        return channel("AQWrefresh");
    }

    /** A stub that matches only when the request carries the token and LinkedIn's version headers. */
    static MappingBuilder versioned(MappingBuilder mapping) {
        return mapping.withHeader("Authorization", WireMock.equalTo("Bearer " + TOKEN))
                .withHeader("LinkedIn-Version", WireMock.matching("\\d{6}"))
                .withHeader("X-Restli-Protocol-Version", WireMock.equalTo("2.0.0"));
    }

    static RequestPatternBuilder versioned(RequestPatternBuilder pattern) {
        return pattern.withHeader("Authorization", WireMock.equalTo("Bearer " + TOKEN))
                .withHeader("LinkedIn-Version", WireMock.equalTo(LinkedInApi.VERSION))
                .withHeader("X-Restli-Protocol-Version", WireMock.equalTo("2.0.0"));
    }
}
