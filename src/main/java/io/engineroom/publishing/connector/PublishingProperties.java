package io.engineroom.publishing.connector;

import io.engineroom.brand.Connector;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code engineroom.publishing.*} (part of {@link io.engineroom.publishing.PublishingSettings}): how long a connector
 * waits for a channel, and the platforms' API addresses and the team's own app registrations there.
 *
 * @param connectTimeout until the connection stands (nothing sent yet, so running out means "not posted")
 * @param timeout until the answer to a sent request arrives (running out means "outcome unknown")
 * @param platforms per connector, lower case ({@code engineroom.publishing.platforms.x.client-id})
 * @param tokenRefreshAhead how long before it expires an access token is refreshed
 */
public record PublishingProperties(@DefaultValue("5s") @DurationMin(millis = 1) Duration connectTimeout,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration timeout, Map<String, PlatformApp> platforms,
        @DefaultValue("30m") @DurationMin(millis = 1) Duration tokenRefreshAhead) {

    public PublishingProperties {
        platforms = platforms == null ? Map.of() : Map.copyOf(platforms);
    }

    /** The settings for one connector's platform; all empty when none are configured. */
    public PlatformApp platform(Connector connector) {
        PlatformApp app = platforms.get(connector.name().toLowerCase(Locale.ROOT));
        return app == null ? new PlatformApp(null, null, null, null, null, null, null, null) : app;
    }

    /**
     * One platform's API and the team's app registered with it (a team registers its own app on each platform's
     * developer portal and puts the client id and secret here, from the environment).
     *
     * @param apiUrl the API's base address (tests and the demo point it at stand-ins)
     * @param authorizeUrl where a person is sent to allow Engine Room to act for the account (OAuth 2.0)
     * @param tokenUrl where the authorization code and refresh tokens are exchanged
     * @param appSecret Meta's app secret, which signs its webhook deliveries ({@code X-Hub-Signature-256})
     * @param verifyToken the token Meta's webhook subscription handshake repeats back
     */
    public record PlatformApp(String clientId, String clientSecret, String apiUrl, String authorizeUrl,
            String tokenUrl, List<String> scopes, String appSecret, String verifyToken) {

        public PlatformApp {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }

        /** Whether the team registered an app for this platform: without one, connecting is not offered. */
        public boolean registered() {
            return clientId != null && !clientId.isBlank();
        }

        @Override
        public String toString() {
            return "PlatformApp[" + clientId + " " + apiUrl + "]";
        }
    }
}
