package io.engineroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The shared test application's metrics scrape token, and a scrape as a Prometheus server makes it. */
public final class TestMetrics {

    /** {@code engineroom.metrics.token} of the shared context (EngineRoomIntegrationTest). */
    public static final String TOKEN = "test-metrics-token-4f1c9a";

    private TestMetrics() {
    }

    /** {@code GET /actuator/prometheus} with the scrape token; fails the test unless it answers 200. */
    public static String scrape(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
