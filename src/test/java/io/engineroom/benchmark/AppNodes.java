package io.engineroom.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.support.AppProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Engine Room nodes as their own JVMs ({@link AppProcess}) on one embedded PostgreSQL, for the benchmarks that run
 * one node and two: start a node, find the demo brand's intake channel, deliver interactions over the real intake
 * API, read the shared database.
 */
final class AppNodes implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedPostgres postgres;
    private final List<AppProcess> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AppNodes() throws IOException {
        // a loaded 2-core machine can take longer than the 10 s the library waits by default
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofMinutes(2));
        String sqlLog = System.getProperty("benchmark.sql-log"); // a directory: every statement logged, to count
        if (sqlLog != null) {
            builder.setServerConfig("logging_collector", "on").setServerConfig("log_directory", sqlLog)
                    .setServerConfig("log_statement", "all");
        }
        postgres = builder.start();
    }

    /**
     * A node on the shared database, with the demo data: the first makes the demo brands, people and intake tokens;
     * a node without it would retire the demo's known tokens (DemoLeftovers) under the other node's feet. The
     * engine's host name (Camunda writes it into each job log entry) is the node's name: which node ran a job.
     */
    AppProcess start(String name) throws IOException, InterruptedException {
        AppProcess.Launch launch = AppProcess.fromClasspath(name).database(postgres, "postgres").fullJit().demoData()
                // stand-in platforms (ClusterBenchmark's Mastodon) listen on localhost
                .env("OUTBOUND_ALLOW_PRIVATE_ADDRESSES", "true")
                .jvmOption("-Dcamunda.bpm.generic-properties.properties.hostname=" + name)
                .startWithin(Duration.ofMinutes(10)) // a shared 2-core machine can be slow to start on
                .readyWhen(() -> demoChannelReady() && jobExecutorStarted(name));
        if (Boolean.getBoolean("benchmark.profile")) { // a flight recording per node, to see where its time goes
            launch.jvmOption("-XX:StartFlightRecording=settings=profile,filename=target/" + name + ".jfr");
        }
        AppProcess node = launch.start();
        nodes.add(node);
        System.out.printf("node %s (pid %d) up on port %d in %.1f s%n", name, node.pid(), node.port(),
                node.startedIn().toMillis() / 1000.0);
        return node;
    }

    /** Bean & Leaf's first channel with an intake token (demo data). */
    long demoChannel() throws SQLException {
        return count("select min(c.id) from channel c join intake_credential k on k.channel_id = c.id"
                + " where c.brand_id = 'beanleaf'");
    }

    static String token(long channel) {
        return "demo-intake-token-for-channel-" + channel;
    }

    /**
     * The node's start-up runners (SOP deployer, demo data) run after it answers {@code /login}; its job executor
     * starts once they are done: from then on the node is all there.
     */
    private static boolean jobExecutorStarted(String name) {
        try {
            return Files.readString(Path.of("target", "app-" + name + ".log")).contains("ENGINE-14018");
        } catch (IOException notYet) {
            return false;
        }
    }

    private boolean demoChannelReady() {
        try {
            return demoChannel() > 0;
        } catch (SQLException tablesNotThereYet) {
            return false;
        }
    }

    /**
     * Delivers interactions {@code prefix-from} to {@code prefix-(from+count-1)} in one request to {@code node}.
     *
     * @return the external ids the node acknowledged (202)
     * @throws IOException the node did not answer (it is gone)
     * @throws IllegalStateException the node answered, but not 202
     */
    List<String> deliver(AppProcess node, long channel, String prefix, int from, int count)
            throws IOException, InterruptedException {
        List<Map<String, Object>> interactions = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            interactions.add(Map.of("externalId", prefix + "-" + n, "kind", "COMMENT", "authorHandle",
                    "@fan" + (n % 97),
                    "text", n % 3 == 0 ? "My order " + n + " arrived broken, this is terrible!"
                            : "Do you have oat milk at the station shop? (" + n + ")",
                    "occurredAt", Instant.now().toString()));
        }
        String body = JSON.writeValueAsString(Map.of("channelId", channel, "interactions", interactions));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(node.uri("/api/interactions"))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(channel))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("Delivery refused: " + answer.statusCode() + " " + answer.body());
        }
        List<String> acknowledged = new ArrayList<>();
        JSON.readTree(answer.body()).get("interactions")
                .forEach(entry -> acknowledged.add(entry.get("externalId").asText()));
        return acknowledged;
    }

    /** The shared database's JDBC URL, for a context in the benchmark's own JVM ({@link ScheduledPosts}). */
    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    DataSource database() {
        return postgres.getPostgresDatabase();
    }

    long count(String sql) throws SQLException {
        try (Connection db = database().getConnection(); Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    int update(String sql) throws SQLException {
        try (Connection db = database().getConnection(); Statement statement = db.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    @Override
    public void close() throws IOException {
        if (Boolean.getBoolean("benchmark.profile")) { // SIGTERM, so each node writes its flight recording
            for (AppProcess node : nodes) {
                try {
                    node.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        nodes.forEach(AppProcess::close);
        postgres.close();
    }
}
