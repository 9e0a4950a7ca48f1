package io.engineroom.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probes a load balancer asks: open without a sign-in, status only; an administrator also sees what readiness
 * is made of (the database, this node's job executor).
 */
@EngineRoomIntegrationTest
class HealthProbesTest {

    @LocalServerPort
    int port;

    @Test
    void aLoadBalancerSeesTheRunningAppLiveAndReadyAndNothingMore() throws Exception {
        HttpResponse<String> liveness = anonymous("/actuator/health/liveness");
        HttpResponse<String> readiness = anonymous("/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anAdministratorSeesThatReadinessChecksTheDatabaseAndTheJobExecutor() throws Exception {
        HttpResponse<String> readiness = new FormLoginClient(port).signIn("admin", "demo")
                .get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\":{\"status\":\"UP\"")
                .contains("\"jobExecution\":{\"status\":\"UP\"").contains("\"acquisitionThreadAlive\":true")
                .contains("\"readinessState\":{\"status\":\"UP\"");
    }

    @Test
    void aSignedInStaffMemberWhoIsNoAdministratorSeesTheStatusOnly() throws Exception {
        HttpResponse<String> readiness = new FormLoginClient(port).signIn("copywriter", "demo")
                .get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
