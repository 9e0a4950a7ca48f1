package io.engineroom.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import io.engineroom.support.TestMetrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/prometheus} answers administrators (signed in, or by HTTP Basic) and a Prometheus server with
 * the scrape token; anybody else gets an RFC 9457 problem: 401 without a credential or with a wrong one, 403 for a
 * signed-in person who is not an administrator.
 */
@EngineRoomIntegrationTest
class MetricsEndpointAccessTest {

    private static final String PROMETHEUS = "/actuator/prometheus";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPrometheusServerWithTheScrapeTokenReadsEngineRoomsMeters() throws Exception {
        String scrape = TestMetrics.scrape(port);

        assertThat(scrape).contains("# TYPE engineroom_publish_outcomes_total counter")
                .contains("engineroom_jobs_due ").contains("engineroom_notices_pending{channel=\"mail\"}");
    }

    @Test
    void anAdministratorSignedInReadsTheMetrics() throws Exception {
        HttpResponse<String> response = new FormLoginClient(port).signIn("admin", "demo").get(PROMETHEUS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("engineroom_jobs_failed ");
    }

    @Test
    void anAdministratorByHttpBasicReadsTheMetrics() throws Exception {
        HttpResponse<String> response = get(PROMETHEUS, basic("admin", "demo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("engineroom_inbox_backlog_all ");
    }

    @Test
    void nobodySignedInIsRefusedWith401AsAProblem() throws Exception {
        assertProblem(get(PROMETHEUS, null), 401);
    }

    @Test
    void aWrongTokenIsRefusedWith401AsAProblem() throws Exception {
        assertProblem(get(PROMETHEUS, "Bearer " + TestMetrics.TOKEN + "x"), 401);
        assertProblem(get(PROMETHEUS, "Bearer "), 401);
    }

    @Test
    void theScrapeTokenOpensNothingButTheMetrics() throws Exception {
        assertProblem(get("/actuator/env", "Bearer " + TestMetrics.TOKEN), 401);
    }

    @Test
    void aSignedInStaffMemberWhoIsNoAdministratorIsRefusedWith403AsAProblem() throws Exception {
        assertProblem(new FormLoginClient(port).signIn("copywriter", "demo").get(PROMETHEUS), 403);
        assertProblem(get(PROMETHEUS, basic("social-manager", "demo")), 403);
    }

    @Test
    void aWrongPasswordIsRefusedWith401AsAProblem() throws Exception {
        assertProblem(get(PROMETHEUS, basic("nobody-" + System.nanoTime(), "not-the-password")), 401);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("engineroom_");
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
