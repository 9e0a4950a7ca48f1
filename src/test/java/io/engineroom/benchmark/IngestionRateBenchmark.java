package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IntakeChannel;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Ingestion rate: interactions delivered over the HTTP API (authenticated, validated, queued, 202 after commit; the
 * intake's workers classify them and start their SOPs right after, and a round ends when every one has its visible
 * Respond task) against the raw engine starting the same
 * {@code interaction} model with the same variables, in one run, rounds interleaved so a busy machine slows both
 * alike. Target: HTTP at least 0.8× the raw rate. Prints figures; asserts only that every delivery landed.
 * {@code ./mvnw -Pbenchmark test -Dtest=IngestionRateBenchmark} (sizes: {@code -Dbenchmark.ingest.perRound},
 * {@code benchmark.ingest.rounds}, {@code benchmark.threads}, {@code benchmark.ingest.batch}).
 */
@Tag("benchmark")
@EngineRoomIntegrationTest
// the shared test context runs no intake workers; this benchmark measures them, as production runs them
@TestPropertySource(properties = "engineroom.inbox.intake.workers=2")
class IngestionRateBenchmark {

    private static final int PER_ROUND = Integer.getInteger("benchmark.ingest.perRound", 2_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.ingest.rounds", 3);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    private static final int BATCH = Integer.getInteger("benchmark.ingest.batch", 50);

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void httpIngestionAgainstRawEngineStarts() throws Exception {
        IntakeChannel channel = IntakeChannel.create(brands, channels, credentials, users, "ingest");
        System.out.printf("%n=== Ingestion rate: %d rounds of %,d interactions, %d threads, HTTP batches of %d ===%n",
                ROUNDS, PER_ROUND, THREADS, BATCH);
        warmUp(channel);
        List<Double> raw = new ArrayList<>();
        List<Double> api = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            raw.add(rawEngine(channel, round));
            api.add(overHttp(channel, round));
            System.out.printf(Locale.ROOT, "round %d: raw engine %.0f/s, HTTP API %.0f/s (%.2f×)%n", round,
                    raw.get(round - 1), api.get(round - 1), api.get(round - 1) / raw.get(round - 1));
        }
        double rawRate = median(raw);
        double apiRate = median(api);
        System.out.printf(Locale.ROOT, "median: raw engine %.0f instances/s, HTTP API %.0f interactions/s with a"
                + " visible task each: %.2f× (target ≥ 0.80×)%n", rawRate, apiRate, apiRate / rawRate);
        System.out.printf("load average %.1f, %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        assertThat(jdbc.queryForObject("select count(*) from interaction where channel_id = ?", Long.class,
                channel.channelId())).isEqualTo((long) (2 * ROUNDS * PER_ROUND + 2 * BATCH));
        assertThat(jdbc.queryForObject("select count(*) from inbox_item where tenant_id = ? and task_definition_key"
                + " = 'Respond'", Long.class, channel.brandId())).as("every delivery and raw start has its task")
                .isEqualTo((long) (2 * ROUNDS * PER_ROUND + 2 * BATCH));
    }

    private void warmUp(IntakeChannel channel) throws Exception {
        assertThat(post(channel, "warm", 0, BATCH)).isEqualTo(202);
        List<String> ids = records(channel, "warm-raw", BATCH);
        ids.forEach(id -> startRaw(channel, id));
    }

    /**
     * The same model and variables intake starts it with, straight on the engine: no HTTP, no validation, no
     * classification. The SOP's delegates update the interaction's record, so the records exist beforehand,
     * written outside the timing.
     */
    private double rawEngine(IntakeChannel channel, int round) throws Exception {
        List<String> ids = records(channel, "raw-" + round, PER_ROUND);
        AtomicInteger next = new AtomicInteger();
        return timed(() -> {
            int n;
            while ((n = next.getAndIncrement()) < PER_ROUND) {
                startRaw(channel, ids.get(n));
            }
            return null;
        });
    }

    private List<String> records(IntakeChannel channel, String prefix, int count) {
        List<String> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            rows.add(new Object[] {id, channel.brandId(), channel.channelId(), prefix + "-" + i, now, now});
        }
        jdbc.batchUpdate("""
                insert into interaction (id, brand_id, channel_id, external_id, kind, author_handle, text, priority,
                    occurred_at, received_at, sentiment, sentiment_score, sentiment_confidence, category,
                    category_confidence, classified_by, state)
                values (?, ?, ?, ?, 'COMMENT', '@ada', 'Do you have oat milk?', 'NORMAL', ?, ?, 'NEUTRAL', 0, 0.5,
                    'QUESTION', 0.9, 'benchmark', 'OPEN')""", rows);
        return ids;
    }

    private void startRaw(IntakeChannel channel, String interactionId) {
        runtimeService.startProcessInstanceByKey(InteractionIntake.SOP_KEY, "interaction:" + interactionId, Map.of(
                "brand", channel.brandId(), "interactionId", interactionId, "channelId",
                channel.channelId(), "title", "@ada on Instagram: do you have oat milk?", "kind", "COMMENT",
                "category", "QUESTION", "sentiment", "NEUTRAL", "priority", "NORMAL", "receivedAt", new Date()));
    }

    private double overHttp(IntakeChannel channel, int round) throws Exception {
        AtomicInteger nextBatch = new AtomicInteger();
        return timed(() -> {
            int batch;
            while ((batch = nextBatch.getAndIncrement()) < PER_ROUND / BATCH) {
                int status = post(channel, "api-" + round, batch * BATCH, BATCH);
                if (status != 202) {
                    throw new IllegalStateException("Delivery answered " + status);
                }
            }
            // the round ends when the workers have started every SOP of it
            while (jdbc.queryForObject("select count(*) from intake_queue where channel_id = ?", Integer.class,
                    channel.channelId()) > 0) {
                Thread.sleep(20);
            }
            return null;
        });
    }

    private int post(IntakeChannel channel, String prefix, int from, int count) throws Exception {
        String[] interactions = new String[count];
        for (int i = 0; i < count; i++) {
            interactions[i] = IntakeChannel.interaction(prefix + "-" + (from + i),
                    "Do you have oat milk at the station shop? Asking for my morning flat white " + (from + i));
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/interactions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + channel.token())
                .POST(HttpRequest.BodyPublishers.ofString(channel.batch(interactions))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Runs the work on every thread at once; returns PER_ROUND divided by the wall-clock seconds it took. */
    private static double timed(java.util.concurrent.Callable<Void> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Instant start = Instant.now();
        List<Future<Void>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            running.add(pool.submit(work));
        }
        for (Future<Void> one : running) {
            one.get();
        }
        double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
        pool.shutdown();
        return PER_ROUND / seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
