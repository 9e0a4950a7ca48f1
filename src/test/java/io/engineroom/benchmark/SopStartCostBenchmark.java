package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IntakeChannel;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.workflow.LiveSops;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one start of the shipped interaction SOP costs, straight on the engine (no HTTP, no classification), as the
 * intake's workers start it: the SQL statements one start sends (counted from the engine's, Spring JDBC's and
 * Hibernate's own statement logs on the starting thread, by statement), and the starts per second when each
 * transaction starts K instances (K = 1, 10, 50), rounds interleaved so a busy machine slows every K alike.
 * Prints figures (with the CPU time one start costs this JVM and, on a local PostgreSQL, the database) and the load
 * average; asserts only that every start made its Respond task.
 * {@code ./mvnw -Pbenchmark test -Dtest=SopStartCostBenchmark} (sizes: {@code -Dbenchmark.sopstart.perRound},
 * {@code benchmark.sopstart.rounds}, {@code benchmark.threads}).
 */
@Tag("benchmark")
@EngineRoomIntegrationTest
class SopStartCostBenchmark {

    private static final int PER_ROUND = Integer.getInteger("benchmark.sopstart.perRound", 1_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.sopstart.rounds", 2);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    private static final int PROFILED = 20;
    private static final int CPU_SAMPLE = Integer.getInteger("benchmark.sopstart.cpuSample", 500);
    private static final List<Integer> BATCHES = List.of(1, 10, 50);
    /** The loggers that name each statement they send: MyBatis (the engine), Spring JDBC, Hibernate. */
    private static final List<String> STATEMENT_LOGGERS = List.of("org.camunda.bpm.engine.impl.persistence.entity",
            "org.camunda.bpm.engine.impl.history.event", "org.camunda.bpm.engine.impl.dmn.entity",
            "org.camunda.bpm.engine.impl.batch", "org.springframework.jdbc.core", "org.hibernate.SQL");

    @Autowired
    LiveSops liveSops;
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
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void statementsPerStartAndStartsPerSecondByTransactionSize() throws Exception {
        IntakeChannel channel = IntakeChannel.create(brands, channels, credentials, users, "sopstart");
        records(channel, "warm", 200).forEach(id -> start(channel, id));
        Map<String, Integer> statements = statementsOf(channel);
        int total = statements.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "%n=== SOP start cost: %d starts profiled, %.1f statements per start ===%n",
                PROFILED, total / (double) PROFILED);
        statements.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(entry -> System.out
                .printf(Locale.ROOT, "%6.2f  %s%n", entry.getValue() / (double) PROFILED, entry.getKey()));

        PostgresCpu database = PostgresCpu.of(jdbc);
        printCpuPerStart("CPU per start (%d starts, K=10; unlike starts/s, hardly moved by other work on the machine)",
                database, records(channel, "cpu", CPU_SAMPLE), id -> start(channel, id));
        String floor = deployFloor(channel);
        new TransactionTemplate(transactions).executeWithoutResult(status -> records(channel, "floor-warm", 50)
                .forEach(id -> startFloor(channel, floor, id)));
        printCpuPerStart("CPU per start of the floor (a model with one user task, its timer and an end, no variables, "
                + "no decision; %d starts, K=10)", database, records(channel, "floor", CPU_SAMPLE),
                id -> startFloor(channel, floor, id));

        Map<Integer, List<Double>> rates = new TreeMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (int k : BATCHES) {
                double rate = startsPerSecond(channel, "r" + round + "k" + k, k);
                rates.computeIfAbsent(k, x -> new ArrayList<>()).add(rate);
                System.out.printf(Locale.ROOT, "round %d: K=%d per transaction, %d threads: %.0f starts/s%n", round,
                        k, THREADS, rate);
            }
        }
        double single = best(rates.get(1));
        rates.forEach((k, list) -> System.out.printf(Locale.ROOT, "K=%2d: best %.0f starts/s (%.2f× K=1)%n", k,
                best(list), best(list) / single));
        System.out.printf(Locale.ROOT, "target ≥ 300 starts/s: %s at K=1; load average %.1f, %d cores%n",
                single >= 300 ? "met" : "NOT met",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        long expected = 200 + PROFILED + CPU_SAMPLE + (CPU_SAMPLE + 50) + (long) ROUNDS * BATCHES.size() * PER_ROUND;
        assertThat(jdbc.queryForObject("select count(*) from inbox_item where tenant_id = ? and task_definition_key"
                + " = 'Respond'", Long.class, channel.brandId())).as("every start has its task").isEqualTo(expected);
    }

    /** Starts {@link #PROFILED} instances on this thread and counts the statements each logger named. */
    private Map<String, Integer> statementsOf(IntakeChannel channel) {
        List<String> ids = records(channel, "profiled", PROFILED);
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        String thread = Thread.currentThread().getName();
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        AppenderBase<ILoggingEvent> counter = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (thread.equals(event.getThreadName())) {
                    String statement = statement(event);
                    if (statement != null) {
                        counts.merge(statement, 1, Integer::sum);
                    }
                }
            }
        };
        counter.setContext(logging);
        counter.start();
        Map<Logger, Level> before = new java.util.HashMap<>();
        for (String name : STATEMENT_LOGGERS) {
            Logger logger = logging.getLogger(name);
            before.put(logger, logger.getLevel());
            logger.setLevel(name.startsWith("org.camunda") ? Level.DEBUG : Level.TRACE);
            logger.addAppender(counter);
        }
        try {
            ids.forEach(id -> start(channel, id));
        } finally {
            before.forEach((logger, level) -> {
                logger.detachAppender(counter);
                logger.setLevel(level);
            });
            counter.stop();
        }
        return counts;
    }

    /** The statement a log line stands for, or null when the line is not one statement sent. */
    private static String statement(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        String logger = event.getLoggerName();
        if (logger.startsWith("org.camunda")) {
            // MyBatis: "==>  Preparing: sql" once per statement, "==> Parameters: ..." once per execution (batched
            // inserts and updates are prepared once and executed per row)
            return message.startsWith("==> Parameters:") ? "engine " + logger.substring(logger.lastIndexOf(
                    '.', logger.lastIndexOf('.') - 1) + 1) : null;
        }
        if (logger.equals("org.hibernate.SQL")) {
            return "jpa " + firstWords(message);
        }
        if (message.startsWith("Executing prepared SQL statement [") || message.startsWith("Executing SQL ")) {
            return "jdbc " + firstWords(message.substring(message.indexOf('[') + 1));
        }
        return null;
    }

    private static String firstWords(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() > 90 ? flat.substring(0, 90) : flat;
    }

    /**
     * Starts the given interactions, K=10 per transaction, and prints the CPU time per start of the starting thread
     * and, on a local PostgreSQL, of the database.
     */
    private void printCpuPerStart(String what, PostgresCpu database, List<String> ids, Consumer<String> start) {
        double databaseBefore = database.available() ? database.millis() : 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        long before = threads.getCurrentThreadCpuTime();
        for (int from = 0; from < ids.size(); from += 10) {
            List<String> batch = ids.subList(from, Math.min(from + 10, ids.size()));
            transaction.executeWithoutResult(status -> batch.forEach(start));
        }
        double thread = (threads.getCurrentThreadCpuTime() - before) / 1e6 / ids.size();
        System.out.printf(Locale.ROOT, what + ": this JVM's starting thread %.2f ms, the database %s%n", ids.size(),
                thread, database.available() ? String.format(Locale.ROOT, "%.2f ms", (database.millis()
                        - databaseBefore) / ids.size()) : "not measured (not a local PostgreSQL)");
    }

    /**
     * The least an interaction's SOP could be in this engine, deployed as the brand's own model (so the inbox row is
     * written as for the shipped one; full history as always): a user task with a due date and candidate group, a
     * timer on it, an end; no variables, no decision. What the shipped SOP costs above it is its variables and its two
     * decisions. Returns its key.
     */
    private String deployFloor(IntakeChannel channel) {
        String key = "sop-start-floor";
        repositoryService.createDeployment().tenantId(channel.brandId()).addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).startEvent()
                        .userTask("Respond").camundaCandidateGroups("community-manager").camundaDueDate("P1D")
                        .camundaFormRef("interaction-response").camundaFormRefBinding("latest")
                        .boundaryEvent("breach").timerWithDuration("PT1H").endEvent()
                        .moveToActivity("Respond").endEvent().done())
                .deployWithResult().getDeployedProcessDefinitions()
                // deployed for review, as every SOP change is; this one needs none
                .forEach(definition -> repositoryService.activateProcessDefinitionById(definition.getId()));
        return key;
    }

    private void startFloor(IntakeChannel channel, String key, String interactionId) {
        runtimeService.createProcessInstanceByKey(key).processDefinitionTenantId(channel.brandId())
                .businessKey("interaction:" + interactionId).execute();
    }

    /** PER_ROUND starts on THREADS threads, each transaction starting k of them; returns starts per second. */
    private double startsPerSecond(IntakeChannel channel, String prefix, int k) throws Exception {
        List<String> ids = records(channel, prefix, PER_ROUND);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Instant began = Instant.now();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            running.add(pool.submit(() -> {
                int from;
                while ((from = next.getAndAdd(k)) < PER_ROUND) {
                    int first = from;
                    transaction.executeWithoutResult(status -> {
                        for (int n = first; n < Math.min(first + k, PER_ROUND); n++) {
                            start(channel, ids.get(n));
                        }
                    });
                }
            }));
        }
        for (Future<?> one : running) {
            one.get();
        }
        double seconds = Duration.between(began, Instant.now()).toNanos() / 1e9;
        pool.shutdown();
        return PER_ROUND / seconds;
    }

    /** The interactions' records, as intake writes them before it starts their SOPs. */
    private List<String> records(IntakeChannel channel, String prefix, int count) {
        List<String> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
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

    /** The brand's live model and the variables intake starts it with, as intake starts it. */
    private void start(IntakeChannel channel, String interactionId) {
        liveSops.start(InteractionIntake.SOP_KEY, channel.brandId(), "interaction:" + interactionId, Map.of(
                "brand", channel.brandId(), "interactionId", interactionId, "channelId",
                channel.channelId(), "title", "@ada on Instagram: do you have oat milk?", "kind", "COMMENT",
                "category", "QUESTION", "sentiment", "NEUTRAL", "priority", "NORMAL", "receivedAt", new Date()));
    }

    private static double best(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
