package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.AppProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the production jar takes from {@code java} to its login page on embedded PostgreSQL, 2 cores: as
 * {@code java -jar} runs it, and as the Dockerfile runs it (the jar extracted with Spring Boot's jar tools and
 * started with a class data sharing archive made by a training run that stops once the context is refreshed, on
 * the embedded H2 database). The database is created by the first start and then reused, so the figures are
 * restarts, as a node's are. Starts alternate between the two ways, so a busy machine slows both alike. Target:
 * 15 s. Needs the jar: {@code ./mvnw -DskipTests package} first, then
 * {@code ./mvnw -Pbenchmark test -Dtest=StartupBenchmark} ({@code -Dbenchmark.starts=3}).
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final int STARTS = Integer.getInteger("benchmark.starts", 3);
    private static final Duration TARGET = Duration.ofSeconds(15);
    private static final Path WORK = Path.of("target", "startup-benchmark");

    @Test
    void theProductionJarStartsWithinFifteenSeconds() throws Exception {
        Path jar = AppProcess.productionJar();
        assertThat(jar).as("the jar of `./mvnw -DskipTests package`").isRegularFile();
        Path extracted = extract(jar);
        Path archive = train(extracted);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection db = postgres.getPostgresDatabase().getConnection();
                    Statement sql = db.createStatement()) {
                sql.execute("create database startup");
            }
            start(postgres, AppProcess.fromJar("startup-first", jar)); // creates the schema: not a restart
            List<Duration> plain = new ArrayList<>();
            List<Duration> withArchive = new ArrayList<>();
            for (int round = 0; round < STARTS; round++) {
                plain.add(start(postgres, AppProcess.fromJar("startup-plain-" + round, jar)));
                withArchive.add(start(postgres, AppProcess.fromJar("startup-cds-" + round,
                        extracted.resolve(jar.getFileName())).jvmOption("-XX:SharedArchiveFile=" + archive)));
            }
            report("java -jar", plain);
            report("extracted + class data sharing (Dockerfile)", withArchive);
        }
    }

    private static Duration start(EmbeddedPostgres postgres, AppProcess.Launch launch) throws Exception {
        try (AppProcess app = launch.fullJit().database(postgres, "startup").env("ADMIN_PASSWORD", "Startup-2026!")
                .start()) {
            return app.startedIn();
        }
    }

    /** Spring Boot's jar tools: the jar's classes and libraries as plain files, as the Dockerfile does. */
    private static Path extract(Path jar) throws Exception {
        Path destination = WORK.resolve("application");
        run(List.of("-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--force",
                "--destination", destination.toAbsolutePath().toString()), WORK);
        return destination;
    }

    /** The training run: the context refreshed on the embedded H2 database, the classes loaded then archived. */
    private static Path train(Path extracted) throws Exception {
        Path archive = extracted.resolve("application.jsa").toAbsolutePath();
        Path jar;
        try (var files = Files.list(extracted)) {
            jar = files.filter(file -> file.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        run(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                jar.getFileName().toString()), extracted);
        assertThat(archive).as("the class data sharing archive").isRegularFile();
        return archive;
    }

    private static void run(List<String> arguments, Path directory) throws Exception {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>(List.of(AppProcess.java()));
        command.addAll(arguments);
        Path log = directory.toAbsolutePath().resolve("step.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("SPRING_PROFILES_ACTIVE"); // the training run uses the embedded H2 database
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished; see %s", arguments, log).isTrue();
        assertThat(process.exitValue()).as("%s exit code; see %s", arguments, log).isZero();
    }

    private static void report(String way, List<Duration> starts) {
        List<Long> millis = starts.stream().map(Duration::toMillis).sorted().toList();
        long median = millis.get(millis.size() / 2);
        System.out.printf(Locale.ROOT, "%-45s starts %s ms, median %.1f s; target <= %d s: %s"
                + " (%d cores, load average %.1f)%n", way, millis, median / 1000.0, TARGET.toSeconds(),
                median <= TARGET.toMillis() ? "met" : "NOT met", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
