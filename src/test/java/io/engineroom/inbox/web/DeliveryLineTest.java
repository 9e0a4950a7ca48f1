package io.engineroom.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.base.ThreadNicenessProbe;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.InboxSettings;
import io.engineroom.inbox.IntakeChannel;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deliveries over real HTTP wait their turn for the {@link DeliveryThreads}: stored on those threads, below the
 * requests' CPU priority; when every thread is busy and the line is full, the next one is answered 503 with
 * Retry-After at once and nothing of it is stored, while every one in line is stored once the threads are free. The
 * threads are kept busy by holding the intake queue's table lock from the test, so the deliveries block in their insert.
 */
@EngineRoomIntegrationTest
class DeliveryLineTest {

    @LocalServerPort
    int port;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    UserDirectory users;
    @Autowired
    InboxSettings settings;
    @Autowired
    DeliveryThreads deliveryThreads;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void aDeliveryBeyondTheFullLineIsRefusedWith503AndEveryOneInLineIsStoredAfter() throws Exception {
        IntakeChannel channel = IntakeChannel.create(brands, channels, credentials, users, "line");
        int threads = settings.intake().deliveryThreads();
        int capacity = threads * (1 + DeliveryThreads.WAITING_PER_THREAD);
        ExecutorService senders = Executors.newFixedThreadPool(capacity);
        List<Future<LoopbackClient.Answer>> inLine = new ArrayList<>();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("lock table intake_queue in exclusive mode");
            }
            for (int i = 0; i < capacity; i++) {
                String body = channel.batch(IntakeChannel.interaction("line-" + i, "Waiting my turn " + i));
                inLine.add(senders.submit(() -> client().post(body, "Authorization", "Bearer " + channel.token())));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (deliveryThreads.inLine() < capacity && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(deliveryThreads.inLine()).as("every thread busy, the line full").isEqualTo(capacity);
            assertThat(ThreadNicenessProbe.ofThreadsNamed("delivery-1")).as("below the requests")
                    .containsOnly(Math.min(19, ThreadNicenessProbe.ofProcess()
                            + settings.intake().deliveryNiceness()));

            LoopbackClient.Answer refused = client().post(channel.batch(IntakeChannel.interaction("one-too-many",
                    "No room for me")), "Authorization", "Bearer " + channel.token());

            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = json.readTree(refused.body());
            assertThat(problem.path("title").asText()).isEqualTo("Busy");
            assertThat(problem.path("instance").asText()).isEqualTo("/api/interactions");
            holder.rollback();
        } finally {
            senders.shutdown();
        }
        for (Future<LoopbackClient.Answer> delivery : inLine) {
            LoopbackClient.Answer answer = delivery.get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        }
        assertThat(stored(channel.channelId(), "line-%")).isEqualTo(capacity);
        assertThat(stored(channel.channelId(), "one-too-many")).isZero();
    }

    private LoopbackClient client() {
        return new LoopbackClient("127.0.0.76", port);
    }

    /** Interactions of the channel whose external id is like the pattern, queued or processed. */
    private long stored(long channelId, String externalIds) {
        return jdbc.queryForObject("select count(distinct external_id) from (select external_id from intake_queue"
                + " where channel_id = ? union all select external_id from interaction where channel_id = ?) stored"
                + " where external_id like ?", Long.class, channelId, channelId, externalIds);
    }
}
