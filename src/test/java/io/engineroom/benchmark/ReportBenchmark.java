package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Excel report at volume: one brand's month with 1 000 000 interactions and 100 000 post-day rows on
 * PostgreSQL, the report built through the real {@code ReportingMetrics} and {@code ReportWriter} in a child JVM
 * capped at {@code -Xmx256m} ({@link ReportBenchmarkRun}; a child JVM, so the cap applies to the report alone and
 * not to the test JVM or the other benchmarks). Prints rows, seconds, peak heap in use and file size against the
 * target (under 30 s, under 256 MB); asserts that the child finished and that the workbook holds every row.
 * {@code ./mvnw -Pbenchmark test -Dtest=ReportBenchmark} (sizes: {@code -Dbenchmark.report.interactions},
 * {@code -Dbenchmark.report.postDays}, heap cap {@code -Dbenchmark.report.heap=256m}).
 */
@Tag("benchmark")
class ReportBenchmark {

    private static final int INTERACTIONS = Integer.getInteger("benchmark.report.interactions", 1_000_000);
    private static final int POST_DAYS = Integer.getInteger("benchmark.report.postDays", 100_000);
    private static final String HEAP = System.getProperty("benchmark.report.heap", "256m");
    /** More options for the child JVM, e.g. {@code -XX:StartFlightRecording=filename=target/report.jfr}. */
    private static final String CHILD_OPTIONS = System.getProperty("benchmark.report.jvmOptions", "");
    private static final String BRAND = "bench-report";
    private static final LocalDate MONTH = LocalDate.of(2026, 10, 1);

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void ownDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void reportOverAMillionInteractionsInASmallHeap() throws Exception {
        DataSource database = postgres.getPostgresDatabase();
        schema(database);
        long seeding = System.nanoTime();
        new ReportDataSeeder(database, BRAND, MONTH).seed(INTERACTIONS, POST_DAYS);
        System.out.printf(Locale.ROOT, "%n=== Excel report: %,d interactions, %,d post-day rows, one brand's month,"
                + " child JVM -Xmx%s ===%nseeded in %.1f s (%s)%n", INTERACTIONS, POST_DAYS, HEAP,
                (System.nanoTime() - seeding) / 1e9, single(database, "select version()"));

        Path file = Path.of("target", "report-benchmark.xlsx");
        Files.createDirectories(file.getParent());
        Map<String, String> result = runReport(file);

        Map<String, Long> rows = WorkbookRows.count(file);
        double seconds = Double.parseDouble(result.get("seconds"));
        long peak = Long.parseLong(result.get("peakHeapBytes"));
        long size = Long.parseLong(result.get("fileBytes"));
        System.out.printf(Locale.ROOT, """
                rows written: %,d interactions, %,d post-day rows (sheets: %s)
                report built in %.1f s (reading the detail rows alone: %.1f s); peak heap in use %.0f MB (before the report %.0f MB, cap %.0f MB, %s \
                collections); file %.1f MB
                target under 30 s and under 256 MB heap: %s
                %d cores, load average %.1f
                """, rows.get("Interactions") - 1, rows.get("Post days") - 1, rows, seconds,
                Double.parseDouble(result.get("readingSeconds")), mb(peak),
                mb(Long.parseLong(result.get("heapBeforeBytes"))), mb(Long.parseLong(result.get("maxHeapBytes"))),
                result.get("collections"), size / 1e6,
                seconds < 30 && peak < 256L * 1024 * 1024 ? "met" : "NOT met",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // every row of the period is in the workbook: header + one row per interaction and per post-day
        assertThat(rows.get("Interactions")).isEqualTo(INTERACTIONS + 1L);
        assertThat(rows.get("Post days")).isEqualTo(POST_DAYS + 1L);
    }

    /** Camunda's tables (the approval figures read its history), then Engine Room's migrations, as at start-up. */
    private static void schema(DataSource database) {
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(database).setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
                .buildProcessEngine();
        engine.close();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").baselineOnMigrate(true)
                .baselineVersion("0").load().migrate();
    }

    private Map<String, String> runReport(Path file) throws Exception {
        Path log = Path.of("target", "report-benchmark-run.log");
        List<String> command = new ArrayList<>(List.of(
                io.engineroom.support.AppProcess.java(), "-Xmx" + HEAP,
                "-Dspring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "-Dspring.datasource.username=postgres", "-Dspring.datasource.password=postgres",
                "-cp", System.getProperty("java.class.path")));
        if (!CHILD_OPTIONS.isBlank()) {
            command.addAll(1, List.of(CHILD_OPTIONS.trim().split("\\s+")));
        }
        command.addAll(List.of(ReportBenchmarkRun.class.getName(),
                BRAND, MONTH.toString(), MONTH.plusMonths(1).toString(), "MONTHLY", file.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(Duration.ofMinutes(10).toSeconds(), TimeUnit.SECONDS))
                .as("the report run finished within 10 minutes; see %s", log).isTrue();
        List<String> output = Files.readAllLines(log);
        assertThat(child.exitValue()).as("the report run (heap %s) ended normally; its output:%n%s", HEAP,
                String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()))).isZero();
        String line = output.stream().filter(text -> text.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new AssertionError("No RESULT line in " + log));
        Map<String, String> result = new HashMap<>();
        for (String pair : line.substring("RESULT ".length()).split(" ")) {
            String[] keyValue = pair.split("=", 2);
            result.put(keyValue[0], keyValue[1]);
        }
        return result;
    }

    private static String single(DataSource database, String sql) throws Exception {
        try (Connection db = database.getConnection(); Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
