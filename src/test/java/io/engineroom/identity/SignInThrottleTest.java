package io.engineroom.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.signin.SignInThrottle;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestUsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in throttling over real HTTP: Basic to /engine-rest, each test from loopback addresses of its own
 * (127.0.0.x, bound by a plain socket, so the server sees them as different clients), and the login form. Every
 * test has users of its own; time moves by the application's test clock, not by sleeping.
 */
@EngineRoomIntegrationTest
class SignInThrottleTest {

    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        TestClock.get().reset();
        // the form test's failures came from 127.0.0.1, like every other test's requests: they must not add up
        jdbc.update("delete from sign_in_failure where account = '' and address in ('127.0.0.1', '0:0:0:0:0:0:0:1')");
    }

    @Test
    void afterFiveWrongPasswordsTheRightOneWaitsUntilTheDelayIsOver() throws IOException {
        String user = newUser("throttled");
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE_FAILURES; i++) {
            assertThat(basic("127.0.0.11", user, "wrong").status()).isEqualTo(401);
        }
        int camundaFailures = camundaAttempts(user);

        Answer refused = basic("127.0.0.11", user, TestUsers.PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).containsEntry("retry-after", "1");
        assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
        // refused before the password was checked: Camunda did not count it
        assertThat(camundaAttempts(user)).isEqualTo(camundaFailures);

        TestClock.get().moveBy(Duration.ofSeconds(2));

        assertThat(basic("127.0.0.11", user, TestUsers.PASSWORD).signedIn()).isTrue();
        assertThat(camundaAttempts(user)).isZero();
    }

    @Test
    void aThrottledAttemptDoesNotCountAndTheDelayGrowsOnlyWithRealFailures() throws IOException {
        String user = newUser("growing");
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE_FAILURES; i++) {
            basic("127.0.0.19", user, "wrong");
        }
        for (int i = 0; i < 3; i++) {
            assertThat(basic("127.0.0.19", user, "wrong").status()).isEqualTo(429);
        }
        TestClock.get().moveBy(Duration.ofSeconds(2));

        assertThat(basic("127.0.0.19", user, "wrong").status()).isEqualTo(401);
        Answer next = basic("127.0.0.19", user, TestUsers.PASSWORD);

        // the sixth real failure: 2 s, not the 16 s that counting the three refused attempts would give
        assertThat(next.status()).isEqualTo(429);
        assertThat(next.headers()).containsEntry("retry-after", "2");
    }

    @Test
    void manyWrongPasswordsNeverLockTheAccountInCamunda() throws IOException {
        String user = newUser("never-locked");

        for (int i = 0; i < 12; i++) {
            assertThat(basic("127.0.0.12", user, "wrong-" + i).status()).as("attempt " + i).isEqualTo(401);
            TestClock.get().moveBy(Duration.ofMinutes(16)); // past the longest delay
        }

        assertThat(camundaAttempts(user)).isEqualTo(12); // past Camunda's loginMaxAttempts default of 10
        assertThat(identityService.createUserQuery().userId(user).count()).isEqualTo(1);
        assertThat(basic("127.0.0.12", user, TestUsers.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void anotherAddressWaitsByTheAccountRuleButAnAddressTheOwnerSignedInFromDoesNot() throws IOException {
        String user = newUser("elsewhere");
        assertThat(basic("127.0.0.13", user, TestUsers.PASSWORD).signedIn()).isTrue();
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE_FAILURES; i++) {
            basic("127.0.0.14", user, "wrong");
        }

        assertThat(basic("127.0.0.14", user, TestUsers.PASSWORD).status()).isEqualTo(429);
        // a new address: the account's own count holds it back, so many addresses guess no faster than one
        assertThat(basic("127.0.0.15", user, TestUsers.PASSWORD).status()).isEqualTo(429);
        // where the owner signed in before, the attacker's failures elsewhere do not hold them back
        assertThat(basic("127.0.0.13", user, TestUsers.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void anAddressTryingManyAccountsWaitsButOtherAddressesDoNot() throws IOException {
        String user = newUser("sprayed");
        for (int i = 0; i < SignInThrottle.ADDRESS_FREE_FAILURES; i++) {
            assertThat(basic("127.0.0.16", "nobody-" + UUID.randomUUID(), "wrong").status()).isEqualTo(401);
        }

        assertThat(basic("127.0.0.16", user, TestUsers.PASSWORD).status()).isEqualTo(429);
        assertThat(basic("127.0.0.17", user, TestUsers.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void anOldSha512HashSignsInAndIsRedoneWithBcrypt() throws IOException {
        String user = newUser("old-hash");
        String salt = "0123456789abcdefABCDEF==";
        jdbc.update("update act_id_user set pwd_ = ?, salt_ = ? where id_ = ?",
                "{SHA-512}" + new Sha512HashDigest().encrypt(TestUsers.PASSWORD + salt), salt, user);
        assertThat(storedHash(user)).startsWith("{SHA-512}");

        assertThat(basic("127.0.0.18", user, TestUsers.PASSWORD).signedIn()).isTrue();

        assertThat(storedHash(user)).startsWith("{bcrypt-sha256}$2a$");
        assertThat(basic("127.0.0.18", user, TestUsers.PASSWORD).signedIn()).isTrue();
        assertThat(basic("127.0.0.18", user, "wrong").status()).isEqualTo(401);
    }

    @Test
    void theLoginFormRefusesTheRightPasswordDuringTheDelayAndSignsInAfterIt() throws Exception {
        String user = newUser("form");
        FormLoginClient browser = new FormLoginClient(port);
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE_FAILURES; i++) {
            assertThat(formLogin(browser, user, "wrong")).endsWith("/login?error");
        }

        // refused while the delay runs (the page's message: LoginViewTest)
        assertThat(formLogin(browser, user, TestUsers.PASSWORD)).endsWith("/login?error");

        TestClock.get().moveBy(Duration.ofSeconds(2));

        assertThat(formLogin(browser, user, TestUsers.PASSWORD)).doesNotContain("error");
    }

    @Test
    void camundasOwnWebappLoginIsNoWayAroundTheThrottle() throws Exception {
        String user = newUser("webapp");
        HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        // Camunda's webapps check passwords themselves here, with neither the throttle nor (now) a lock in the way
        HttpResponse<String> login = anonymous.send(HttpRequest.newBuilder(
                uri("/camunda/api/admin/auth/user/default/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + TestUsers.PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isIn(302, 401, 403);
        assertThat(login.body()).doesNotContain(user);
    }

    private String newUser(String prefix) {
        return TestUsers.ensure(users, brands, prefix + "-" + UUID.randomUUID().toString().substring(0, 8),
                Role.SOCIAL_MANAGER, "beanleaf");
    }

    private int camundaAttempts(String user) {
        return ((UserEntity) identityService.createUserQuery().userId(user).singleResult()).getAttempts();
    }

    private String storedHash(String user) {
        return jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, user);
    }

    /** Posts the login form as a browser would (with its CSRF token); where it redirects to. */
    private static String formLogin(FormLoginClient browser, String user, String password) throws Exception {
        HttpResponse<String> login = browser.postSignIn(user, password, browser.signInPageToken());
        assertThat(login.statusCode()).isEqualTo(302);
        return login.headers().firstValue("Location").orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** One HTTP Basic request to /engine-rest from the given loopback address; the status line and headers. */
    private Answer basic(String fromAddress, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            String credentials = Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET /engine-rest/deployment?maxResults=0 HTTP/1.1\r\nHost: localhost:"
                    + port + "\r\nAuthorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(reader.readLine().split(" ")[1]);
            Map<String, String> headers = new HashMap<>();
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
            }
            return new Answer(status, headers);
        }
    }

    private record Answer(int status, Map<String, String> headers) {
        /** Past sign-in: whatever the endpoint then answers, it is not a refused sign-in. */
        boolean signedIn() {
            return status != 401 && status != 429;
        }
    }
}
