package io.engineroom.inbox;

import io.engineroom.base.ThreadNicenessProbe;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.inbox.web.IntakeRateLimitSettings;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The intake's workers themselves (the test context runs none, so other tests decide when queued interactions are
 * worked through): two workers on this node drain what arrives over HTTP on their own, and each interaction ends up
 * classified with exactly one running SOP and a Respond task.
 */
@EngineRoomIntegrationTest
class IntakeWorkersTest {

    @LocalServerPort
    int port;
    @Autowired
    IntakeWork work;
    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    UserDirectory users;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    IntakeWorkers workers;

    @BeforeEach
    void twoWorkersOnThisNode() {
        // what other tests of the shared context left queued is worked through first: the workers' time is ours
        intake.startNow(jdbc.queryForList("select interaction_id from intake_queue where parked_at is null",
                String.class));
        workers = new IntakeWorkers(work, new InboxSettings(false, Duration.ofMinutes(1), false, Duration.ofMinutes(1),
                new InboxSettings.Intake(new IntakeRateLimitSettings(null, null, null, null, null), 2, 5,
                        Duration.ofMillis(100), 50_000, Duration.ofMillis(50), 10, 4, 5)));
        workers.start();
    }

    @AfterEach
    void workersStopped() {
        workers.stop();
        assertThat(workers.isRunning()).isFalse();
    }

    @Test
    void workersDrainWhatArrivesOverHttpAndStartEachSopOnce() throws Exception {
        IntakeChannel channel = IntakeChannel.create(brands, channels, credentials, users, "workers");
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            batch.append(i == 0 ? "" : ",").append(IntakeChannel.interaction("w-" + run + "-" + i,
                    "Where is my parcel number " + i + "? Nobody answers my emails."));
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/interactions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + channel.token())
                .POST(HttpRequest.BodyPublishers.ofString(channel.batch(batch.toString()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(202);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (queued(channel) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(queued(channel)).as("the workers drained the channel's queue").isZero();
        List<String> started = jdbc.queryForList("select process_instance_id from interaction where channel_id = ?"
                + " and sop_started_at is not null", String.class, channel.channelId());
        assertThat(started).hasSize(12).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(taskService.createTaskQuery().processInstanceIdIn(started.toArray(String[]::new))
                .taskDefinitionKey("Respond").count()).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ in (select"
                + " 'interaction:' || id from interaction where channel_id = ?)", Integer.class, channel.channelId()))
                .as("one SOP each, however the two workers shared the work").isEqualTo(12);
    }

    @Test
    void workersRunTenStepsBelowTheRequestsPriority() throws Exception {
        int requests = ThreadNicenessProbe.ofProcess();
        int workers = Math.min(19, requests + 10);
        // each worker lowers itself as it begins: a moment after start() at most
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!ThreadNicenessProbe.ofThreadsNamed("intake-2").contains(workers) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // this test's workers and the application's own (engineroom.inbox.intake.worker-niceness, 10 by default)
        for (String worker : List.of("intake-1", "intake-2")) {
            assertThat(ThreadNicenessProbe.ofThreadsNamed(worker)).as(worker).isNotEmpty().containsOnly(workers);
        }
        assertThat(ThreadNicenessProbe.ofCurrentThread()).as("the rest of the process keeps its priority")
                .isEqualTo(requests);
    }

    private int queued(IntakeChannel channel) {
        return jdbc.queryForObject("select count(*) from intake_queue where channel_id = ?", Integer.class,
                channel.channelId());
    }
}
