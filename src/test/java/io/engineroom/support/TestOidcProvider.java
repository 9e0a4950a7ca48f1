package io.engineroom.support;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider for the tests (navikt's mock-oauth2-server: discovery, authorization endpoint, token
 * endpoint with signed ID tokens, JWKS, user info), started before the context that uses it and kept for the JVM,
 * and Engine Room's single sign-on pointed at it. It signs in whoever comes without asking; a test says who that is
 * and what their token carries with {@link #signsInNext}.
 */
public class TestOidcProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String CLIENT_ID = "engine-room";
    public static final String DISPLAY_NAME = "Test Identity";
    private static final String ISSUER_ID = "team";
    private static MockOAuth2Server server;

    private static synchronized MockOAuth2Server get() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
        }
        return server;
    }

    /** The provider's issuer URI, as Engine Room is configured with it. */
    public static String issuer() {
        return get().issuerUrl(ISSUER_ID).toString();
    }

    /**
     * The next sign-in at the provider is the person {@code subject}, whose ID token (and user info) carry
     * {@code claims} besides the standard ones. A sign-in without one before it gets a person with a random subject
     * and no claims of Engine Room's.
     */
    public static void signsInNext(String subject, Map<String, Object> claims) {
        get().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims,
                3600));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "engineroom.oidc.issuer=" + issuer(),
                "engineroom.oidc.client-id=" + CLIENT_ID,
                "engineroom.oidc.client-secret=test-client-secret",
                "engineroom.oidc.display-name=" + DISPLAY_NAME)
                .applyTo(context.getEnvironment());
    }
}
