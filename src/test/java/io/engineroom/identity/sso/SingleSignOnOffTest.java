package io.engineroom.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Without ENGINEROOM_OIDC_ISSUER nothing of single sign-on is set up: no provider, no button, no endpoint. */
@EngineRoomIntegrationTest
class SingleSignOnOffTest {

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void withoutAnIssuerThereIsNoProviderNoButtonAndNoSignInEndpoint() throws Exception {
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(SingleSignOnLogin.class).getIfAvailable()).isNull();

        FormLoginClient anonymous = new FormLoginClient(port);
        assertThat(anonymous.get("/login").body()).doesNotContain("login-sso").doesNotContain(
                SingleSignOnLogin.START_PATH);
        HttpResponse<String> start = anonymous.get("/" + SingleSignOnLogin.START_PATH);
        // an unknown page for an anonymous caller: the login page, not a provider
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }
}
