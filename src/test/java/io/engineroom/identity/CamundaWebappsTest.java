package io.engineroom.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in to Engine Room signs in to Camunda's webapps too; their first-admin wizard stays shut. */
@EngineRoomIntegrationTest
class CamundaWebappsTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void anAdministratorSignedInToEngineRoomIsSignedInToCamundaAdmin() throws Exception {
        signIn("admin", "demo");

        // opening an app is what signs the Camunda session in, as in a browser
        assertThat(get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = get("/camunda/api/admin/auth/user/default");

        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("\"admin\"").contains("\"cockpit\"");
    }

    @Test
    void anotherRoleIsSignedInButGetsNoCockpitTasklistOrAdmin() throws Exception {
        signIn("copywriter", "demo");
        get("/camunda/app/welcome/default/");

        HttpResponse<String> user = get("/camunda/api/admin/auth/user/default");

        assertThat(user.body()).contains("\"userId\":\"copywriter\"").doesNotContain("cockpit", "\"admin\"", "tasklist");
    }

    @Test
    void theFirstAdminWizardIsClosedToEveryone() throws Exception {
        signIn("admin", "demo");

        HttpResponse<String> setup = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(setup.statusCode()).isEqualTo(403);
    }

    private void signIn(String user, String password) throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).as("login page carries a CSRF token").isTrue();
        String form = "username=" + user + "&password=" + password + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
