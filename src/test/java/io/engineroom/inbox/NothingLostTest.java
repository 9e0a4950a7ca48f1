package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.support.AppProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Nothing lost: the real application, as its own process on its own PostgreSQL, is killed (SIGKILL, no shutdown)
 * in the middle of a 1 000-interaction burst over HTTP and started again. Every interaction that was answered 202
 * must exist exactly once with its SOP running (a Respond task waiting, in the inbox read model too); delivering
 * the whole burst again afterwards adds only what was missing.
 */
// its own app processes: beside the suite's other classes, one such class at a time (junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(AppProcess.LOCK)
class NothingLostTest {

    // the same kill mid-burst and redelivery as at 10 000, sized for the suite's 10-minute budget (each
    // interaction is now also embedded and read by the model); bursts of 20 000 are the intake benchmark's
    static final int BURST = 1_000;
    static final int PER_REQUEST = 20;
    static final int CLIENTS = 4;
    /** Acknowledged interactions after which the app is killed: well inside the burst. */
    static final int KILL_AFTER = 300;

    static EmbeddedPostgres postgres;
    static AppProcess app;
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void ownDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyAcknowledgedInteractionSurvivesAKillExactlyOnceWithItsSopRunning() throws Exception {
        int port = AppProcess.freePort();
        app = start(port, 1);
        long channel = demoChannel();
        assertThat(channel).as("the demo data gave a Bean & Leaf channel an intake token").isPositive();
        String token = "demo-intake-token-for-channel-" + channel;

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger nextBatch = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                int batch;
                while ((batch = nextBatch.getAndIncrement()) < BURST / PER_REQUEST) {
                    if (acknowledged.size() >= KILL_AFTER && app.isAlive()) {
                        app.kill(); // SIGKILL: no shutdown hook, no graceful close
                    }
                    try {
                        HttpResponse<String> answer = deliver(port, token, channel, batch);
                        if (answer.statusCode() == 202) {
                            JSON.readTree(answer.body()).get("interactions")
                                    .forEach(entry -> acknowledged.add(entry.get("externalId").asText()));
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException appDown) {
                        return; // the app is gone: this client stops, as a real sender would until it retries
                    }
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(app.isAlive()).as("the app was killed mid-burst (acknowledged: %d, refused: %d)",
                acknowledged.size(), refused.get()).isFalse();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER).hasSizeLessThan(BURST);
        assertThat(refused).as("deliveries refused while the app ran (acknowledged: %d)", acknowledged.size())
                .hasValue(0);

        app = start(port, 2);

        awaitDrained(channel);
        Map<String, Long> stored = countsByExternalId(channel);
        assertThat(stored.keySet()).containsAll(acknowledged);
        assertThat(stored.values()).containsOnly(1L);
        assertEverySopRunning(channel, stored.size());
        System.out.printf("NothingLostTest: killed after %d of %d acknowledged; %d stored after the restart"
                + " (the rest were in flight), each once with its SOP%n", acknowledged.size(), BURST, stored.size());

        // the sender delivers the whole burst again (as many clients as before): only what was missing is added
        assertThat(redeliverAll(port, token, channel)).as("answers other than 202 to the second delivery").isEmpty();
        awaitDrained(channel);
        Map<String, Long> after = countsByExternalId(channel);
        assertThat(after).hasSize(BURST);
        assertThat(after.values()).containsOnly(1L);
        assertEverySopRunning(channel, BURST);
    }

    /** Delivers every batch of the burst again from {@link #CLIENTS} clients; the answers that were not 202. */
    private List<String> redeliverAll(int port, String token, long channel) throws InterruptedException {
        List<String> notAccepted = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger nextBatch = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                int batch;
                while ((batch = nextBatch.getAndIncrement()) < BURST / PER_REQUEST) {
                    try {
                        HttpResponse<String> answer = deliver(port, token, channel, batch);
                        if (answer.statusCode() != 202) {
                            notAccepted.add("batch " + batch + ": " + answer.statusCode() + " " + answer.body());
                        }
                    } catch (IOException | InterruptedException failed) {
                        notAccepted.add("batch " + batch + ": " + failed);
                    }
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(15, TimeUnit.MINUTES)).as("the second delivery finished").isTrue();
        return notAccepted;
    }

    private HttpResponse<String> deliver(int port, String token, long channel, int batch)
            throws IOException, InterruptedException {
        List<Map<String, Object>> interactions = new ArrayList<>();
        for (int i = 0; i < PER_REQUEST; i++) {
            int n = batch * PER_REQUEST + i;
            interactions.add(Map.of("externalId", "burst-" + n, "kind", "COMMENT", "authorHandle", "@fan" + (n % 97),
                    "text", n % 3 == 0 ? "My order " + n + " arrived broken, this is terrible!"
                            : "Do you have oat milk at the station shop? (" + n + ")",
                    "occurredAt", Instant.now().toString()));
        }
        String body = JSON.writeValueAsString(Map.of("channelId", channel, "interactions", interactions));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/interactions"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The acknowledged interactions are queued durably; the app's intake workers classify them and start their SOPs
     * after the 202 (and after a restart, whatever the killed app had not got to): wait until the channel's queue
     * is empty, with nothing set aside as failing.
     */
    private void awaitDrained(long channel) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (count("select count(*) from intake_queue where channel_id = " + channel) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(count("select count(*) from intake_queue where channel_id = " + channel)).as("still queued")
                .isZero();
    }

    /** Each stored interaction has its SOP instance, waiting at "Respond", and an inbox row for it. */
    private void assertEverySopRunning(long channel, int expected) throws Exception {
        assertThat(count("select count(*) from interaction i where i.channel_id = " + channel
                + " and exists (select 1 from act_ru_task t where t.proc_inst_id_ = i.process_instance_id"
                + " and t.task_def_key_ = 'Respond')")).isEqualTo(expected);
        assertThat(count("select count(*) from interaction i where i.channel_id = " + channel
                + " and exists (select 1 from inbox_item b where b.process_instance_id = i.process_instance_id)"))
                .isEqualTo(expected);
    }

    private Map<String, Long> countsByExternalId(long channel) throws Exception {
        Map<String, Long> counts = new java.util.HashMap<>();
        try (Connection db = database().getConnection(); Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select external_id, count(*) from interaction where channel_id = "
                        + channel + " group by external_id")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static long demoChannel() throws Exception {
        return count("select min(c.id) from channel c join intake_credential k on k.channel_id = c.id"
                + " where c.brand_id = 'beanleaf'");
    }

    private static boolean demoChannelReady() {
        try {
            return demoChannel() > 0;
        } catch (Exception tablesNotThereYet) {
            return false;
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection db = database().getConnection(); Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static DataSource database() {
        return postgres.getPostgresDatabase();
    }

    /** The application as its own JVM, on this test's PostgreSQL, with demo data (brands, channels, tokens). */
    private static AppProcess start(int port, int run) throws Exception {
        return AppProcess.fromClasspath("nothing-lost-" + run).database(postgres, "postgres").demoData().port(port)
                .startWithin(AppProcess.START_BESIDE_THE_SUITE)
                .readyWhen(NothingLostTest::demoChannelReady).start();
    }
}
