package io.engineroom.publishing.connector.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
 * A stand-in Graph API on localhost (WireMock) for the Facebook and Instagram contract tests, with the answers'
 * documented shapes: a JSON body, and Graph's error object for refusals.
 */
final class GraphStandIn {

    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    static final String VERSION = "/v21.0";

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final GraphApi graph;
    final OAuthTokens oauth;

    GraphStandIn() {
        server.start();
        graph = new GraphApi(new ConnectorHttp(Duration.ofSeconds(2), Duration.ofSeconds(5)), new ObjectMapper(),
                clock);
        oauth = new OAuthTokens(Duration.ofSeconds(2), Duration.ofSeconds(2), clock);
    }

    void stop() {
        server.stop();
    }

    String api() {
        return server.baseUrl() + VERSION;
    }

    PublishingProperties.PlatformApp app() {
        return new PublishingProperties.PlatformApp("app-1", "app-secret-1", api(),
                "https://www.facebook.com/v21.0/dialog/oauth", api() + "/oauth/access_token", List.of(),
                "app-secret-1", "verify-1");
    }

    ChannelConnection channel(Connector connector, String accountId, String handle) {
        return new ChannelConnection(7, "beanleaf", connector == Connector.FACEBOOK ? Platform.FACEBOOK
                : Platform.INSTAGRAM, handle, connector, api(), "page-token", null, null, true, accountId, null, null);
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Graph's error object, as a refusal is answered. */
    static ResponseDefinitionBuilder error(int status, int code, String type, String message) {
        return json("{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":" + code
                + ",\"error_subcode\":460,\"fbtrace_id\":\"AbCdEf\"}}").withStatus(status);
    }

    static String path(String rest) {
        return VERSION + rest;
    }
}
