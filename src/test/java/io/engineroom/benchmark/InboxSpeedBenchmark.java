package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.TaskInbox;
import io.engineroom.workflow.inbox.InboxQueryPlan;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Speed of "My work" at 100 000 open interaction tasks on PostgreSQL: Engine Room's inbox page (the read model,
 * as the view asks for it) against the plain Camunda task query for the same filter, measured in one run with
 * the calls interleaved, so a busy machine slows both alike. Prints figures; asserts only that both queries
 * answer the same. Not part of the build: {@code ./mvnw -Pbenchmark test}. Sizes from system properties
 * ({@code -Dbenchmark.tasks=20000}, {@code benchmark.threads}, {@code benchmark.iterations},
 * {@code benchmark.warmup}). Another scenario (ingestion rate) goes in as another {@code @Test} method or
 * another {@code *Benchmark} class in this package, printing its own table with {@link Latencies}.
 */
@Tag("benchmark")
@EngineRoomIntegrationTest
class InboxSpeedBenchmark {

    private static final int TASKS = Integer.getInteger("benchmark.tasks", 100_000);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    private static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 200);
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 20);
    private static final int PAGE = 50;
    private static final List<String> BRANDS = IntStream.rangeClosed(1, 5).mapToObj(n -> "bench-brand-" + n).toList();
    private static final List<String> QUEUES = List.of(Role.COMMUNITY_MANAGER.groupId(), Role.SUPPORT.groupId(),
            Role.SOCIAL_MANAGER.groupId());
    private static final String USER = "bench-responder";

    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    EngineIdentity engine;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void inboxPageAgainstCamundaTaskQuery() throws Exception {
        System.out.printf("%n=== Inbox speed: %,d open interaction tasks, %s ===%n", TASKS,
                jdbc.getJdbcTemplate().queryForObject("select version()", String.class));
        BRANDS.forEach(brand -> brands.create(brand, "Benchmark " + brand, false));
        double rate = new InteractionSeeder(repositoryService, runtimeService).seed(TASKS, THREADS, BRANDS, QUEUES,
                Instant.now().plus(Duration.ofHours(1)), Duration.ofDays(7));
        System.out.printf(Locale.ROOT, "seeding: %,d instances at %.0f instances/s (%d threads)%n", TASKS, rate,
                THREADS);
        jdbc.getJdbcTemplate().execute("analyze"); // fresh statistics, as autovacuum would have by now

        // a person in 2 of the 3 queues and 3 of the 5 brands
        users.createUser(USER, "Bench", "Responder", USER + "@example.com", "bench-password",
                List.of(Role.COMMUNITY_MANAGER, Role.SUPPORT));
        BRANDS.subList(0, 3).forEach(brand -> brands.addMember(brand, USER));
        EngineRoomUser me = users.load(USER).orElseThrow();
        try (var signedIn = SignedIn.as(users, USER)) {
            measure(me);
        }
    }

    private void measure(EngineRoomUser me) {
        System.out.printf("user %s: groups %s, brands %s, %,d tasks visible%n", me.id(), me.groups(), me.brands(),
                inbox.count(InboxFilter.ALL));
        Latencies engineRoom = new Latencies("Engine Room inbox page (TaskInbox.page, first 50 by due)", ITERATIONS);
        Latencies camunda = new Latencies("Camunda TaskQuery (groups, tenants, due asc, listPage 0-50)", ITERATIONS);
        Latencies count = new Latencies("Engine Room inbox count (the view's grid asks it too)", ITERATIONS);
        for (int i = 0; i < WARMUP; i++) {
            engineRoomPage();
            camundaPage(me);
            inbox.count(InboxFilter.ALL);
        }
        List<InboxEntry> ours = null;
        List<Task> theirs = null;
        for (int i = 0; i < ITERATIONS; i++) {
            ours = engineRoom.time(this::engineRoomPage);
            theirs = camunda.time(() -> camundaPage(me));
            count.time(() -> inbox.count(InboxFilter.ALL));
        }

        // both answer the same question: the same 50 dues in the same order (dues are unique by construction)
        assertThat(ours).hasSize(PAGE);
        assertThat(ours.stream().map(InboxEntry::due).toList())
                .isEqualTo(theirs.stream().map(task -> task.getDueDate().toInstant()).toList());

        int width = 62;
        System.out.printf(Locale.ROOT, "%n%d iterations each after %d warm-up, interleaved; %d cores, load average %.1f%n",
                ITERATIONS, WARMUP, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(Latencies.header(width));
        List.of(engineRoom, camunda, count).forEach(latencies -> System.out.println(latencies.row(width)));
        double ratio = camunda.percentile(95) / engineRoom.percentile(95);
        System.out.printf(Locale.ROOT, "p95 ratio (Camunda / Engine Room): %.1fx; target p95 <= 20 ms and >= 10x: %s%n",
                ratio, engineRoom.percentile(95) <= 20 && ratio >= 10 ? "met" : "NOT met");
        System.out.printf("%nEXPLAIN (ANALYZE, BUFFERS) of the inbox page statements:%n%s%n%n",
                InboxQueryPlan.explainPage(jdbc, me.id(), me.groups(), me.brands(), InboxFilter.ALL, PAGE));
    }

    private List<InboxEntry> engineRoomPage() {
        return inbox.page(InboxFilter.ALL, 0, PAGE);
    }

    /** The plain engine query for the same filter, run as the person, so Camunda's own checks apply. */
    private List<Task> camundaPage(EngineRoomUser me) {
        return engine.as(me, () -> taskService.createTaskQuery()
                .taskCandidateGroupIn(List.copyOf(me.groups()))
                .tenantIdIn(me.brands().toArray(String[]::new))
                .orderByDueDate().asc()
                .listPage(0, PAGE));
    }
}
