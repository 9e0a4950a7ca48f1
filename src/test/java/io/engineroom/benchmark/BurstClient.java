package io.engineroom.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The sender of an intake burst, as a platform relay would be: interactions {@code 0 .. size-1} in batches over
 * {@code POST /api/interactions} from several client threads, a 429 waited out for its {@code Retry-After} and sent
 * again (counted), every acknowledgement (202) kept with the moment it came: which interaction the receipt named,
 * whether it had arrived before. Interactions {@code blockFrom .. blockFrom+blockSize-1} carry the negative texts
 * (their external ids say so: {@code prefix-neg-n}); the rest the background texts.
 */
final class BurstClient {

    /** One interaction's first acknowledgement: the id the receipt gave, when the 202 came, whether a duplicate. */
    record Ack(String interactionId, Instant at, boolean duplicate) {
    }

    /** A batch whose request got no answer (the app was gone), and when it was sent. */
    record Failed(int batch, Instant sent) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration NO_RETRY_AFTER = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BurstTexts texts;
    private final long channel;
    private final String token;
    private final String prefix;
    private final int size;
    private final int batchSize;
    private final int blockFrom;
    private final int blockSize;

    final Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
    /** Every receipt entry, duplicates and repeats included. */
    final AtomicInteger receiptEntries = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger tooManyRequests = new AtomicInteger();
    final AtomicLong waitedMillis = new AtomicLong();
    final AtomicReference<Instant> firstSent = new AtomicReference<>();
    final AtomicReference<Instant> firstAck = new AtomicReference<>();
    final AtomicReference<Instant> lastAck = new AtomicReference<>();
    /** When the first delivery with a negative block's text was sent, and when its 202 came. */
    final AtomicReference<Instant> firstNegativeSent = new AtomicReference<>();
    final AtomicReference<Instant> firstNegativeAck = new AtomicReference<>();

    BurstClient(BurstTexts texts, long channel, String token, String prefix, int size, int batchSize, int blockFrom,
            int blockSize) {
        this.texts = texts;
        this.channel = channel;
        this.token = token;
        this.prefix = prefix;
        this.size = size;
        this.batchSize = batchSize;
        this.blockFrom = blockFrom;
        this.blockSize = blockSize;
    }

    int batches() {
        return (size + batchSize - 1) / batchSize;
    }

    boolean inBlock(int n) {
        return n >= blockFrom && n < blockFrom + blockSize;
    }

    String externalId(int n) {
        return inBlock(n) ? prefix + "-neg-" + n : prefix + "-" + n;
    }

    /** SQL: the interactions of this burst on its channel (alias {@code i}). */
    String ours() {
        return "i.channel_id = " + channel + " and i.external_id like '" + prefix + "-%'";
    }

    /** SQL: the interactions of the negative block. */
    String block() {
        return "i.channel_id = " + channel + " and i.external_id like '" + prefix + "-neg-%'";
    }

    /**
     * Sends the given batches from {@code clients} threads, each to the app {@code app} names at that moment;
     * {@code beforeEach} runs before each send (a kill, say). A batch whose request got no answer is returned, not
     * retried: the caller sends it again once the app is back.
     *
     * @throws IllegalStateException when the app answers other than 202 or 429
     */
    List<Failed> send(List<Integer> batches, int clients, Supplier<URI> app, IntConsumer beforeEach)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Failed> failed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    int index;
                    while ((index = next.getAndIncrement()) < batches.size()) {
                        int batch = batches.get(index);
                        beforeEach.accept(batch);
                        Instant sent = Instant.now();
                        try {
                            deliver(app.get(), batch);
                        } catch (IOException noAnswer) {
                            failed.add(new Failed(batch, sent));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> client : running) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
        return failed;
    }

    /** One batch, sent again after each 429 once its Retry-After has passed. */
    private void deliver(URI app, int batch) throws IOException, InterruptedException {
        int from = batch * batchSize;
        int to = Math.min(size, from + batchSize);
        List<Map<String, Object>> interactions = new ArrayList<>();
        boolean negative = false;
        for (int n = from; n < to; n++) {
            negative |= inBlock(n);
            interactions.add(Map.of("externalId", externalId(n), "kind", "COMMENT", "authorHandle", "@fan" + (n % 997),
                    "text", inBlock(n) ? texts.negative(n - blockFrom) : texts.background(n),
                    "occurredAt", Instant.now().toString()));
        }
        String body = JSON.writeValueAsString(Map.of("channelId", channel, "interactions", interactions));
        while (true) {
            Instant sent = Instant.now();
            earliest(firstSent, sent);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app.resolve("/api/interactions"))
                    .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 429) {
                tooManyRequests.incrementAndGet();
                Duration wait = retryAfter(answer);
                waitedMillis.addAndGet(wait.toMillis());
                Thread.sleep(wait.toMillis());
                continue;
            }
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("Delivery of batch " + batch + " answered " + answer.statusCode() + " "
                        + answer.body());
            }
            Instant at = Instant.now();
            earliest(firstAck, at);
            lastAck.accumulateAndGet(at, (a, b) -> a == null || b.isAfter(a) ? b : a);
            if (negative) {
                earliest(firstNegativeSent, sent);
                earliest(firstNegativeAck, at);
            }
            for (JsonNode entry : JSON.readTree(answer.body()).get("interactions")) {
                receiptEntries.incrementAndGet();
                boolean duplicate = entry.get("duplicate").asBoolean();
                if (duplicate) {
                    duplicates.incrementAndGet();
                }
                acknowledged.putIfAbsent(entry.get("externalId").asText(),
                        new Ack(entry.get("interactionId").asText(), at, duplicate));
            }
            return;
        }
    }

    private static void earliest(AtomicReference<Instant> first, Instant at) {
        first.accumulateAndGet(at, (a, b) -> a == null || b.isBefore(a) ? b : a);
    }

    /** The seconds a 429 names; one second when it names none (or an HTTP date, which a busy app does not send). */
    private static Duration retryAfter(HttpResponse<?> answer) {
        return answer.headers().firstValue("Retry-After").map(String::strip).filter(value -> value.matches("\\d+"))
                .map(value -> Duration.ofSeconds(Math.max(1, Long.parseLong(value)))).orElse(NO_RETRY_AFTER);
    }
}
