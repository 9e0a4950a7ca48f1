package io.engineroom.publishing.connector.bluesky;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * A stand-in PDS for the Bluesky contract tests: a WireMock server on localhost, a connector pointed at it, and a
 * channel signed in as {@code @brand.bsky.social} ({@value #DID}).
 */
final class BlueskyStandIn {

    static final String DID = "did:plc:brand4k2ykm5fi2mgbaqpnzld";
    static final String HANDLE = "@brand.bsky.social";
    static final String ACCESS = "access-jwt-1";
    static final String REFRESH = "refresh-jwt-1";
    static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    final WireMockServer pds;
    final BlueskyConnector connector;

    BlueskyStandIn() {
        pds = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        pds.start();
        // generous: the first request to a fresh stand-in can be slow on a busy machine, and no test here times out
        connector = new BlueskyConnector(new ConnectorHttp(Duration.ofSeconds(3), Duration.ofSeconds(5)),
                new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC), pds.baseUrl());
    }

    void stop() {
        pds.stop();
    }

    ChannelConnection channel() {
        return new ChannelConnection(7, "beanleaf", Platform.BLUESKY, HANDLE, Connector.BLUESKY, pds.baseUrl(),
                ACCESS, null, null, true, DID, REFRESH, NOW.plusSeconds(3600));
    }

    /** A JWT as a PDS issues it, unsigned here: the connector reads only its {@code exp}. */
    static String jwt(Instant expires) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"typ\":\"at+jwt\",\"alg\":\"ES256K\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(("{\"scope\":\"com.atproto.appPass\",\"sub\":\"" + DID
                + "\",\"iat\":" + NOW.getEpochSecond() + ",\"exp\":" + expires.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    static String postUri(String rkey) {
        return "at://" + DID + "/app.bsky.feed.post/" + rkey;
    }
}
