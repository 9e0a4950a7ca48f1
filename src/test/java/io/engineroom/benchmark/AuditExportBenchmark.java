package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.audit.AuditExport;
import io.engineroom.audit.ExportFormat;
import io.engineroom.audit.HistorySearch;
import io.engineroom.audit.ProcessHistory;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit exports at volume on PostgreSQL: {@code benchmark.instances} finished reviews (default 20 000) of a
 * benchmark SOP, exported whole by the auditor through {@link AuditExport} to Excel and to CSV, the same search,
 * rounds interleaved so a busy machine slows both alike; and the history screen's first page and count for that
 * search. Prints rows, seconds, rows/s, file size and peak heap in use per export (the whole application's heap:
 * the export shares the JVM with it, so the heap just before is printed too), the XLSX/CSV time ratio and the
 * query percentiles. Asserts that every export holds every instance once (files read back).
 * {@code ./mvnw -o -Pbenchmark test -Dtest=AuditExportBenchmark} (sizes: {@code -Dbenchmark.instances},
 * {@code benchmark.threads}, {@code benchmark.export.rounds}, {@code benchmark.iterations}).
 */
@Tag("benchmark")
@EngineRoomIntegrationTest
class AuditExportBenchmark {

    private static final int INSTANCES = Integer.getInteger("benchmark.instances", 20_000);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    private static final int ROUNDS = Integer.getInteger("benchmark.export.rounds", 3);
    private static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 50);
    private static final int WARMUP = 5;
    private static final int PAGE = 50;
    private static final String BRAND = "northwind";
    private static final HistorySearch EVERY_REVIEW = HistorySearch.ANY.withSop(ReviewHistorySeeder.PROCESS_KEY);

    @Autowired
    AuditExport export;
    @Autowired
    ProcessHistory history;
    @Autowired
    UserDirectory users;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    /** One timed export: how long, the most heap in use meanwhile and just before, and what it wrote. */
    record Run(ExportFormat format, double seconds, long peakHeap, long heapBefore, long fileBytes, long rows) {

        String line() {
            return String.format(Locale.ROOT, "%-4s %,8d rows %7.2f s %8.0f rows/s %7.2f MB   peak heap %5.0f MB"
                    + " (before %4.0f MB)", format, rows, seconds, rows / seconds, fileBytes / 1e6, mb(peakHeap),
                    mb(heapBefore));
        }
    }

    @Test
    void exportsOfTheWholeSearchResult() throws Exception {
        System.out.printf("%n=== Audit exports: %,d finished instances, %s ===%n", INSTANCES,
                jdbc.queryForObject("select version()", String.class));
        double rate = new ReviewHistorySeeder(repositoryService, runtimeService, taskService, identityService)
                .seed(INSTANCES, THREADS, BRAND, "legal");
        System.out.printf(Locale.ROOT, "seeding: %,d instances at %.0f instances/s (%d threads)%n", INSTANCES, rate,
                THREADS);
        jdbc.execute("analyze"); // fresh statistics, as autovacuum would have by now

        try (var signedIn = SignedIn.as(users, "auditor")) {
            assertThat(history.count(EVERY_REVIEW)).isEqualTo(INSTANCES);
            firstPageAndCount();
            exports();
        }
    }

    private void firstPageAndCount() {
        Latencies page = new Latencies("history search, first page (ProcessHistory.search, 50)", ITERATIONS);
        Latencies count = new Latencies("history search, count (ProcessHistory.count)", ITERATIONS);
        for (int i = 0; i < WARMUP; i++) {
            history.search(EVERY_REVIEW, 0, PAGE);
            history.count(EVERY_REVIEW);
        }
        for (int i = 0; i < ITERATIONS; i++) {
            assertThat(page.time(() -> history.search(EVERY_REVIEW, 0, PAGE))).hasSize(PAGE);
            count.time(() -> history.count(EVERY_REVIEW));
        }
        int width = 58;
        System.out.printf("%n%d iterations each after %d warm-up, interleaved%n", ITERATIONS, WARMUP);
        System.out.println(Latencies.header(width));
        List.of(page, count).forEach(latencies -> System.out.println(latencies.row(width)));
    }

    private void exports() throws Exception {
        List<Run> xlsx = new ArrayList<>();
        List<Run> csv = new ArrayList<>();
        System.out.printf("%nexports of the whole search result as auditor, %d rounds, interleaved:%n", ROUNDS);
        for (int round = 1; round <= ROUNDS; round++) {
            for (ExportFormat format : List.of(ExportFormat.XLSX, ExportFormat.CSV)) {
                Run run = timedExport(format);
                (format == ExportFormat.XLSX ? xlsx : csv).add(run);
                System.out.println("round " + round + ": " + run.line());
            }
        }
        Run medianXlsx = median(xlsx);
        Run medianCsv = median(csv);
        System.out.printf(Locale.ROOT, "median of %d:%n  %s%n  %s%nXLSX/CSV time ratio: %.2f×%n%d cores, load"
                + " average %.1f%n", ROUNDS, medianXlsx.line(), medianCsv.line(),
                medianXlsx.seconds() / medianCsv.seconds(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Exports once to target/, then reads the file back: every instance exactly once, or the benchmark fails. */
    private Run timedExport(ExportFormat format) throws Exception {
        Path file = Path.of("target", "audit-export-benchmark." + format.extension());
        Files.createDirectories(file.getParent());
        long[] written = new long[1];
        System.gc();
        long before = HeapPeak.usedNow();
        long start;
        long end;
        long peak;
        try (HeapPeak heap = new HeapPeak();
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            start = System.nanoTime();
            export.instances(EVERY_REVIEW, format, out, (done, total) -> written[0] = done);
            out.flush();
            end = System.nanoTime();
            Thread.sleep(200); // the last collections' notifications arrive on their own thread
            peak = heap.bytes();
        }
        assertThat(written[0]).as("rows the %s export reported", format).isEqualTo(INSTANCES);
        if (format == ExportFormat.XLSX) {
            assertThat(WorkbookRows.count(file)).as("header + one row per instance").containsEntry("History",
                    INSTANCES + 1L);
        } else {
            List<String> ids = firstColumn(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(ids).hasSize(INSTANCES + 1); // header + one row per instance
            Set<String> distinct = new HashSet<>(ids.subList(1, ids.size()));
            assertThat(distinct).as("no instance twice (pages that shifted)").hasSize(INSTANCES);
        }
        return new Run(format, (end - start) / 1e9, peak, before, Files.size(file), written[0]);
    }

    /** Each record's first field (RFC 4180: a quoted field may hold commas and line breaks; records end in CRLF). */
    private static List<String> firstColumn(String csv) {
        List<String> firsts = new ArrayList<>();
        StringBuilder first = new StringBuilder();
        boolean quoted = false;
        boolean inFirst = true;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote flips twice: still inside
            } else if (!quoted && c == ',') {
                inFirst = false;
            } else if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                firsts.add(first.toString());
                first.setLength(0);
                inFirst = true;
                i++;
            } else if (inFirst) {
                first.append(c);
            }
        }
        assertThat(first).as("the file ends with CRLF").isEmpty();
        return firsts;
    }

    private static Run median(List<Run> runs) {
        return runs.stream().sorted(Comparator.comparingDouble(Run::seconds)).toList().get(runs.size() / 2);
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
