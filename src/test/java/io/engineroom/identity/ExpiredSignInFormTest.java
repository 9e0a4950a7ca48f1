package io.engineroom.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A sign-in form sent after its page's session is gone, over real HTTP: back to the sign-in page, which says it had
 * expired, instead of a bare 403; nobody is signed in by it, and the next form from a fresh page signs in. Other
 * posts without a valid token are still refused with 403.
 */
@EngineRoomIntegrationTest
class ExpiredSignInFormTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @LocalServerPort
    int port;

    @Test
    void aSignInFormWhoseSessionEndedGoesBackToTheSignInPageAndSignsNobodyIn() throws Exception {
        String user = newUser();
        CookieManager cookies = new CookieManager();
        HttpClient browser = browser(cookies);
        String token = signInPageToken(browser);
        cookies.getCookieStore().removeAll(); // the session the page was loaded in is gone

        HttpResponse<String> answer = postSignIn(browser, user, TestUsers.PASSWORD, token);

        assertSentBackToTheExpiredSignInPage(answer);
        assertThat(notSignedIn(browser)).isTrue();
    }

    @Test
    void aSignInFormCarryingAnotherSessionsTokenGoesBackTooAndAFreshPageSignsIn() throws Exception {
        String user = newUser();
        String staleToken = signInPageToken(browser(new CookieManager()));
        HttpClient browser = browser(new CookieManager());
        signInPageToken(browser); // a late request of a signed-out page started this browser a session of its own

        assertSentBackToTheExpiredSignInPage(postSignIn(browser, user, TestUsers.PASSWORD, staleToken));
        assertThat(notSignedIn(browser)).isTrue();

        HttpResponse<String> signedIn = postSignIn(browser, user, TestUsers.PASSWORD, signInPageToken(browser));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("login"));
        assertThat(notSignedIn(browser)).isFalse();
    }

    @Test
    void anyOtherPostWithoutItsTokenIsStillRefusedWith403() throws Exception {
        HttpClient browser = browser(new CookieManager());
        signInPageToken(browser);

        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/profile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    private static void assertSentBackToTheExpiredSignInPage(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
    }

    private String newUser() {
        return TestUsers.ensure(users, brands, "expired-form-" + UUID.randomUUID().toString().substring(0, 8),
                Role.SOCIAL_MANAGER, "beanleaf");
    }

    private static HttpClient browser(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Loads the sign-in page as a browser does; the CSRF token its form will carry. */
    private String signInPageToken(HttpClient browser) throws Exception {
        Matcher token = CSRF.matcher(browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).as("login page carries a CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> postSignIn(HttpClient browser, String user, String password, String token)
            throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A signed-out browser asking for a page is sent to the sign-in page. */
    private boolean notSignedIn(HttpClient browser) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/profile")).build(),
                HttpResponse.BodyHandlers.ofString());
        return page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
