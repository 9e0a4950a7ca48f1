package io.engineroom.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.FINDING;
import static io.engineroom.content.ContentApprovalVariables.FINDING_NOTE;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.POST_URL;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.engineroom.EngineRoomApplication;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.Post;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestSecretKeys;
import io.engineroom.workflow.TaskInbox;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The publishing side of {@link ClusterBenchmark}: content items that fall due while a node is killed, posted to a
 * Mastodon stand-in (WireMock) that lives in the benchmark's JVM, so it outlives either node and counts every
 * request that reached it, by its {@code Idempotency-Key} ({@code content:<item>:channel:<channel>}).
 * <p>
 * How the items get scheduled: Engine Room has no HTTP API for planning or approving content (staff do it on the
 * Vaadin screens), so the team's side runs as an Engine Room context of its own in the benchmark's JVM, on the
 * shared database with its job executor off (it runs no job: the two nodes do). Through it an admin adds a brand
 * and its Mastodon channel, and the items go through the content-approval SOP's own steps (brief, copy, review
 * "approve"), as {@code ScheduledPublishingTest} takes them; no SQL writes anything. Each item is approved for a
 * publish time two days ahead, and just before the kill a social manager reschedules them all
 * ({@link ContentService#reschedule}, which moves the SOP's waiting timer) to fall due a few hundred milliseconds
 * apart from a few seconds on: some before the kill, some claimed or in flight at it, some after it.
 * <p>
 * The stand-in answers each status after {@link #ANSWER_DELAY}, so a publish is in flight for that long: a node
 * killed then leaves a started attempt without an outcome. The survivor runs the dead node's claimed timer after
 * Camunda's lock time; for an attempt the dead node had started, Engine Room refuses to send again (a retry could
 * post twice) and asks a social manager to verify the channel ("Verify publication"). Here the benchmark is that
 * person: it looks at the stand-in for the post, and says "posted" with its link if the request got there, else
 * "not posted".
 */
final class ScheduledPosts implements AutoCloseable {

    static final String STATUSES = "/api/v1/statuses";
    static final String POST_LINK = "https://cluster-stand-in.example/@cluster/";
    /** How long the stand-in takes to answer a status: the time a publish is in flight. */
    static final Duration ANSWER_DELAY = Duration.ofSeconds(2);
    static final String MANAGER = "social-manager";

    private final AppNodes nodes;
    private final WireMockServer standIn;
    private ConfigurableApplicationContext team;
    private final List<Long> items = new ArrayList<>();
    private String brand;
    private long channel;
    private int verified;
    private int verifiedNotPosted;

    /** Starts the stand-in; {@link #start()} the team's context. */
    ScheduledPosts(AppNodes nodes) {
        this.nodes = nodes;
        standIn = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(50));
        standIn.start();
        standIn.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200)
                .withFixedDelay((int) ANSWER_DELAY.toMillis()).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"1\",\"url\":\"" + POST_LINK + "1\"}")));
    }

    /** The team's context: once the nodes are up (they made the schema and the demo's people). */
    void start() {
        Instant begun = Instant.now();
        team = new SpringApplicationBuilder(EngineRoomApplication.class).profiles("postgres").run(Map.ofEntries(
                Map.entry("DB_URL", nodes.jdbcUrl()), Map.entry("DB_USER", "postgres"),
                Map.entry("DB_PASSWORD", "postgres"), Map.entry("ENGINEROOM_SECRET_KEY", TestSecretKeys.CURRENT),
                // with the demo on, as on the nodes: a context without it would retire the demo's intake tokens
                Map.entry("DEMO_DATA", "true"), Map.entry("engineroom.demo.simulator.enabled", "false"),
                Map.entry("engineroom.inbox.mastodon-poll-enabled", "false"),
                Map.entry("engineroom.inbox.platform-poll-enabled", "false"),
                Map.entry("engineroom.listening.poll-enabled", "false"),
                Map.entry("engineroom.outbound.allow-private-addresses", "true"),
                Map.entry("camunda.bpm.job-execution.enabled", "false"),
                Map.entry("camunda.bpm.generic-properties.properties.hostname", "cluster-team"),
                Map.entry("server.port", "0"), Map.entry("logging.level.root", "WARN")).entrySet().stream()
                // as arguments: default properties would yield to application.yml (its server.port 8080)
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
        System.out.printf(Locale.ROOT, "team's context (job executor off) up in %.1f s; Mastodon stand-in on %s%n",
                Duration.between(begun, Instant.now()).toMillis() / 1000.0, standIn.baseUrl());
    }

    /** A fresh brand with one Mastodon channel at the stand-in, and {@code count} items approved two days ahead. */
    void approve(int count) {
        brand = "clusterposts-" + UUID.randomUUID().toString().substring(0, 8);
        BrandService brands = team.getBean(BrandService.class);
        AsAdmin.run(() -> brands.create(brand, "Cluster posts", false));
        AsAdmin.run(() -> brands.addMember(brand, MANAGER));
        channel = AsAdmin.call(() -> team.getBean(ChannelService.class).addMastodon(brand, "@cluster",
                standIn.baseUrl(), "token-cluster", true)).id();
        ContentService content = team.getBean(ContentService.class);
        TaskService tasks = team.getBean(TaskService.class);
        Instant publishAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        for (int n = 0; n < count; n++) {
            long item = content.plan(brand, new ContentBrief("Cluster post " + n, "awareness", null,
                    "Posted once", null, null, publishAt, Set.of(channel)));
            tasks.complete(task(tasks, item).getId(), Map.of(OBJECTIVE.name(), "awareness", KEY_MESSAGE.name(),
                    "Posted once"));
            tasks.complete(task(tasks, item).getId(), Map.of(CAPTION.name(), "Cluster post " + n + " of " + brand));
            tasks.complete(task(tasks, item).getId(), Map.of(REVIEW_DECISION.name(), "approve"));
            items.add(item);
        }
        long approved = count("select count(*) from content_item where brand_id = '" + brand
                + "' and state = 'APPROVED'");
        if (approved != count) {
            throw new IllegalStateException(approved + " of " + count + " items approved");
        }
    }

    /**
     * A social manager moves every item's publish time to {@code first}, {@code first + spacing}, ...
     *
     * @return when the last one falls due
     */
    Instant fallDue(Instant first, Duration spacing) {
        ContentService content = team.getBean(ContentService.class);
        try (SignedIn manager = SignedIn.as(team.getBean(UserDirectory.class), MANAGER)) {
            for (int n = 0; n < items.size(); n++) {
                Instant at = first.plus(spacing.multipliedBy(n));
                Instant soonest = Instant.now().plusMillis(500); // a slow machine may have passed it meanwhile
                content.reschedule(items.get(n), at.isAfter(soonest) ? at : soonest);
            }
        }
        return first.plus(spacing.multipliedBy(items.size() - 1L));
    }

    /** Publish attempts started and not finished now: posts in flight (or left so by a dead node). */
    long inFlight() {
        return count("select count(*) from publication_attempt where channel_id = " + channel
                + " and finished_at is null");
    }

    /** Publish timers ({@code UntilPublishTime}) claimed by a node right now. */
    long claimed() {
        return count("select count(*) from act_ru_job j join content_item c on j.process_instance_id_ ="
                + " c.process_instance_id where c.brand_id = '" + brand + "' and j.lock_owner_ is not null");
    }

    /**
     * Requests the stand-in has received and not yet answered: received less than {@link #ANSWER_DELAY} ago (with a
     * margin), so a node killed now loses its answer while the post is out there.
     */
    long answersPending() {
        long since = System.currentTimeMillis() - ANSWER_DELAY.toMillis() + 300;
        return standIn.getAllServeEvents().stream().filter(event -> event.getRequest().getLoggedDate().getTime()
                > since).count();
    }

    /**
     * Whether nothing more will happen to the posts without someone planning again: no publish timer waiting, no
     * "Verify publication" open, no attempt of unknown outcome without a person's finding.
     */
    boolean settled() {
        String ours = " = c.process_instance_id where c.brand_id = '" + brand + "'";
        return count("select count(*) from act_ru_job x join act_ru_jobdef d on x.job_def_id_ = d.id_ join"
                + " content_item c on x.process_instance_id_" + ours + " and d.act_id_ = 'UntilPublishTime'") == 0
                && count("select count(*) from act_ru_task x join content_item c on x.proc_inst_id_" + ours
                + " and x.task_def_key_ = 'VerifyPublication'") == 0
                && count("select count(*) from publication_attempt where channel_id = " + channel
                + " and (outcome is null or outcome = 'UNKNOWN') and resolution is null") == 0;
    }

    private long published() {
        return count("select count(*) from content_item where brand_id = '" + brand + "' and state = 'PUBLISHED'");
    }

    /**
     * Does what a social manager does with each "Verify publication" task: looks for the post on the channel (the
     * stand-in's requests) and says what they found.
     */
    void verifyWhatAPersonMust() {
        TaskService tasks = team.getBean(TaskService.class);
        TaskInbox inbox = team.getBean(TaskInbox.class);
        Map<String, Integer> requests = requestsByKey();
        try (SignedIn manager = SignedIn.as(team.getBean(UserDirectory.class), MANAGER)) {
            for (long item : items) {
                for (Task verify : tasks.createTaskQuery().processInstanceBusinessKey("content:" + item)
                        .taskDefinitionKey("VerifyPublication").list()) {
                    boolean there = requests.getOrDefault(Post.keyFor(item, channel), 0) > 0;
                    inbox.complete(verify.getId(), there
                            ? Map.of(FINDING.name(), "posted", POST_URL.name(), POST_LINK + "1")
                            : Map.of(FINDING.name(), "not-posted", FINDING_NOTE.name(), "Not on the channel"),
                            ZoneOffset.UTC);
                    verified++;
                    verifiedNotPosted += there ? 0 : 1;
                }
            }
        }
    }

    /** Requests for a status that reached the stand-in, per idempotency key. */
    Map<String, Integer> requestsByKey() {
        return standIn.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(request -> request.getUrl().equals(STATUSES) && request.getMethod().value().equals("POST"))
                .collect(Collectors.toMap(request -> String.valueOf(request.getHeader("Idempotency-Key")),
                        request -> 1, Integer::sum));
    }

    /**
     * The checks, each with its figures: every item posted once at the stand-in, published once in the app's records,
     * and the kill having caught posts claimed or in flight on the dead node (else the test proved nothing of them):
     * a publish timer run more than two minutes after its due time was claimed by the dead node and run by the
     * survivor once the claim's lock (three minutes) ran out; an attempt still without an outcome was in flight on the
     * dead node.
     */
    Map<String, Boolean> checks() {
        Map<String, Integer> requests = requestsByKey();
        long once = items.stream().filter(item -> requests.getOrDefault(Post.keyFor(item, channel), 0) == 1).count();
        long never = items.stream().filter(item -> !requests.containsKey(Post.keyFor(item, channel))).count();
        long twice = items.stream().filter(item -> requests.getOrDefault(Post.keyFor(item, channel), 0) > 1).count();
        long strangers = requests.keySet().stream().filter(key -> items.stream()
                .noneMatch(item -> Post.keyFor(item, channel).equals(key))).count();
        long posted = count("select count(*) from (select idempotency_key from publication_attempt where channel_id = "
                + channel + " and (resolution = 'POSTED' or (resolution is null and outcome = 'PUBLISHED'))"
                + " group by idempotency_key having count(*) = 1) once");
        long postedTwice = count("select count(*) from (select idempotency_key from publication_attempt where"
                + " channel_id = " + channel + " and (resolution = 'POSTED' or (resolution is null and outcome ="
                + " 'PUBLISHED')) group by idempotency_key having count(*) > 1) twice");
        long attempts = count("select count(*) from publication_attempt where channel_id = " + channel);
        long deadInFlight = inFlight();
        long deadInFlightArrived = count("select count(*) from publication_attempt where channel_id = " + channel
                + " and finished_at is null and resolution = 'POSTED'");
        long late = count("select count(*) from act_hi_job_log l join content_item c on l.process_instance_id_ ="
                + " c.process_instance_id where c.brand_id = '" + brand + "' and l.act_id_ = 'UntilPublishTime'"
                + " and l.job_state_ = 2 and l.timestamp_ > l.job_duedate_ + interval '120 seconds'");
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put(String.format(Locale.ROOT, "the kill caught posts on the dead node (%d publish timers it had"
                + " claimed ran late on the survivor; %d posts it had in flight, %d of them at the stand-in)", late,
                deadInFlight, deadInFlightArrived),
                late + deadInFlight > 0);
        checks.put(String.format(Locale.ROOT, "no duplicate post, none lost: every scheduled post sent once to the"
                + " stand-in (%d items: %d once, %d never, %d more than once; %d requests for other keys)",
                items.size(), once, never, twice, strangers), once == items.size() && strangers == 0);
        checks.put(String.format(Locale.ROOT, "every item published once in the app's records (%d of %d published;"
                + " %d keys posted once, %d twice; %d attempts; %d verified by a person, %d of them not posted)",
                published(), items.size(), posted, postedTwice, attempts, verified, verifiedNotPosted),
                published() == items.size() && posted == items.size() && postedTwice == 0);
        return checks;
    }

    private long count(String sql) {
        try {
            return nodes.count(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Task task(TaskService tasks, long item) {
        return tasks.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }

    @Override
    public void close() {
        if (team != null) {
            team.close();
        }
        standIn.stop();
    }
}
