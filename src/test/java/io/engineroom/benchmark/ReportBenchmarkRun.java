package io.engineroom.benchmark;

import io.engineroom.identity.CurrentUser;
import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.KpiDictionary;
import io.engineroom.reporting.ReportPeriod;
import io.engineroom.reporting.ReportWriter;
import io.engineroom.reporting.ReportingAccess;
import io.engineroom.reporting.ReportingMetrics;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The child JVM of {@link ReportBenchmark}, started with {@code -Xmx256m}: the reporting beans exactly as the
 * application wires them (real {@link ReportingMetrics}, {@link KpiDictionary}, {@link ReportWriter}, Spring's
 * transactions over a Hikari pool on the benchmark's PostgreSQL) but without Camunda, Vaadin and JPA, so the heap
 * figure is the report's, not the rest of the application's. Writes the report once and prints one line of
 * figures for the parent: {@code RESULT seconds=… peakHeapBytes=… fileBytes=…}.
 * Arguments: brand, first day, day after the last, cadence, output file; the JDBC URL comes as
 * {@code -Dspring.datasource.url}.
 * <p>
 * Neither {@code @SpringBootConfiguration} ({@code @SpringBootTest} looks for one from the test's package upwards,
 * so the other benchmarks here would start this context instead of the app) nor {@code @Configuration} (the
 * application's component scan would then pick it up in every integration test): its imports make it a
 * configuration source all the same when {@code main} starts it.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class})
@Import({CurrentUser.class, ReportingAccess.class, KpiDictionary.class, ReportingMetrics.class, ReportWriter.class,
        ReportBenchmarkRun.ModuleInternals.class})
class ReportBenchmarkRun {

    /** The reporting module's package-private beans, by name (this package cannot name their types). */
    static class ModuleInternals implements ImportSelector {

        @Override
        public String[] selectImports(AnnotationMetadata importingClass) {
            return new String[] {"io.engineroom.reporting.ApprovalHistory"};
        }
    }

    public static void main(String[] args) throws Exception {
        ReportPeriod period = new ReportPeriod(args[0], Cadence.valueOf(args[3]), LocalDate.parse(args[1]),
                LocalDate.parse(args[2]));
        Path file = Path.of(args[4]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportBenchmarkRun.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run()) {
            ReportWriter writer = context.getBean(ReportWriter.class);
            System.gc();
            long before = HeapPeak.usedNow();
            long collections = HeapPeak.collections();
            long start;
            long end;
            long peak;
            try (HeapPeak heap = new HeapPeak(); OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(file), 1 << 16)) {
                start = System.nanoTime();
                writer.write(period, "Benchmark: insights as the analyst would write them.", out);
                out.flush();
                end = System.nanoTime();
                Thread.sleep(200); // the last collections' notifications arrive on their own thread
                peak = heap.bytes();
            }
            long collected = HeapPeak.collections() - collections;
            double reading = readingOnly(context.getBean(ReportingMetrics.class), period);
            System.out.printf(Locale.ROOT, "RESULT seconds=%.2f peakHeapBytes=%d heapBeforeBytes=%d maxHeapBytes=%d"
                    + " collections=%d fileBytes=%d readingSeconds=%.2f%n", (end - start) / 1e9, peak, before,
                    Runtime.getRuntime().maxMemory(), collected, Files.size(file), reading);
        }
    }

    /** The two detail streams once more, rows read and dropped: how much of the time is PostgreSQL and JDBC. */
    private static double readingOnly(ReportingMetrics metrics, ReportPeriod period) {
        long[] rows = new long[1];
        long start = System.nanoTime();
        metrics.eachInteraction(period, row -> rows[0]++);
        metrics.eachPostDay(period, row -> rows[0]++);
        return (System.nanoTime() - start) / 1e9;
    }
}
