package io.engineroom.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import io.engineroom.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.UUID;
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

    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @LocalServerPort
    int port;

    @Test
    void aSignInFormWhoseSessionEndedGoesBackToTheSignInPageAndSignsNobodyIn() throws Exception {
        String user = newUser();
        FormLoginClient browser = new FormLoginClient(port);
        String token = browser.signInPageToken();
        browser.forgetSession(); // the session the page was loaded in is gone

        HttpResponse<String> answer = browser.postSignIn(user, TestUsers.PASSWORD, token);

        assertSentBackToTheExpiredSignInPage(answer);
        assertThat(notSignedIn(browser)).isTrue();
    }

    @Test
    void aSignInFormCarryingAnotherSessionsTokenGoesBackTooAndAFreshPageSignsIn() throws Exception {
        String user = newUser();
        String staleToken = new FormLoginClient(port).signInPageToken();
        FormLoginClient browser = new FormLoginClient(port);
        browser.signInPageToken(); // a late request of a signed-out page started this browser a session of its own

        assertSentBackToTheExpiredSignInPage(browser.postSignIn(user, TestUsers.PASSWORD, staleToken));
        assertThat(notSignedIn(browser)).isTrue();

        HttpResponse<String> signedIn = browser.postSignIn(user, TestUsers.PASSWORD, browser.signInPageToken());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("login"));
        assertThat(notSignedIn(browser)).isFalse();
    }

    @Test
    void anyOtherPostWithoutItsTokenIsStillRefusedWith403() throws Exception {
        FormLoginClient browser = new FormLoginClient(port);
        browser.signInPageToken();

        HttpResponse<String> answer = browser.postForm("/profile", "name=x");

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

    /** A signed-out browser asking for a page is sent to the sign-in page. */
    private static boolean notSignedIn(FormLoginClient browser) throws Exception {
        HttpResponse<String> page = browser.get("/profile");
        return page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").endsWith("/login");
    }
}
