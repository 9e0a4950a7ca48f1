package io.engineroom.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Engine Room as an operator runs it: its own JVM (the test's classpath, or a built jar), on a PostgreSQL of the
 * test's choosing, on a free port, its output in a log file under {@code target/}. For the tests that kill a node
 * (SIGKILL, no shutdown), run two nodes on one database, start the production jar or start on a restored backup:
 * none of that can happen inside the test's own JVM.
 */
public final class AppProcess implements AutoCloseable {

    /**
     * The JUnit resource lock of the test classes that run apps of their own beside the suite
     * ({@code @Execution(CONCURRENT)}): one such class at a time, so two app starts do not compete with the suite.
     */
    public static final String LOCK = "io.engineroom.support.AppProcess";

    /**
     * How long such a class's app may take to start: it shares the cores with the suite (a start took 173 s beside the
     * shared context's start at load average 25), where the default three minutes suits an app started alone.
     */
    public static final Duration START_BESIDE_THE_SUITE = Duration.ofMinutes(6);

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startedIn;

    private AppProcess(Process process, int port, Path log, Duration startedIn) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedIn = startedIn;
    }

    /** The application's main class on this test's own classpath. */
    public static Launch fromClasspath(String name) {
        return new Launch(name, List.of("-cp", System.getProperty("java.class.path"),
                "io.engineroom.EngineRoomApplication"));
    }

    /**
     * The jar {@code ./mvnw package} built: failsafe names it ({@code production.jar}), otherwise the default path
     * (a benchmark run after {@code ./mvnw -DskipTests package}).
     */
    public static Path productionJar() {
        return Path.of(System.getProperty("production.jar", "target/engine-room-0.1.0-SNAPSHOT.jar"));
    }

    /** The {@code java} of the JVM running the test, which starts the application too. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A built jar, as {@code java -jar} starts it. */
    public static Launch fromJar(String name, Path jar) {
        return new Launch(name, List.of("-jar", jar.toAbsolutePath().toString()));
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public Path log() {
        return log;
    }

    /** From the process's start until it answered {@code /login} and the launch's own check held. */
    public Duration startedIn() {
        return startedIn;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or released, as when a machine dies. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM: Spring's graceful shutdown. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** What to start and with which settings; {@link #start()} waits until it serves. */
    public static final class Launch {

        private final String name;
        private final List<String> program;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx768m"));
        private int port = freePort();
        private Duration startWithin = Duration.ofMinutes(3);
        private BooleanSupplier ready = () -> true;

        private Launch(String name, List<String> program) {
            this.name = name;
            this.program = program;
            // C1 only: the optimising compiler's work never pays back in a start and a minute of work, and on two
            // cores it competes with the start itself
            jvmOptions.add("-XX:TieredStopAtLevel=1");
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            // profile postgres refuses to start without the key that seals channel tokens and secrets
            env.put("ENGINEROOM_SECRET_KEY", TestSecretKeys.CURRENT);
            env.put("ENGINEROOM_DEMO_SIMULATOR_ENABLED", "false");
        }

        /** The database {@code database} of an embedded PostgreSQL, as user {@code postgres}. */
        public Launch database(EmbeddedPostgres postgres, String database) {
            env.put("DB_URL", postgres.getJdbcUrl("postgres", database));
            env.put("DB_USER", "postgres");
            env.put("DB_PASSWORD", "postgres");
            return this;
        }

        public Launch demoData() {
            return env("DEMO_DATA", "true");
        }

        public Launch env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Launch jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** The optimising JIT too, for a node that runs long enough for it to pay back (benchmarks). */
        public Launch fullJit() {
            jvmOptions.remove("-XX:TieredStopAtLevel=1");
            return this;
        }

        public Launch port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Tomcat answers before the start-up runners are done: what else must hold before the node counts as up
         * (e.g. the demo's credentials exist).
         */
        public Launch readyWhen(BooleanSupplier ready) {
            this.ready = ready;
            return this;
        }

        public Launch startWithin(Duration limit) {
            this.startWithin = limit;
            return this;
        }

        public AppProcess start() throws IOException, InterruptedException {
            Path log = Path.of("target", "app-" + name + ".log");
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            command.add(java());
            command.addAll(jvmOptions);
            command.addAll(program);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            Instant begun = Instant.now();
            Process process = builder.start();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            Instant deadline = begun.plus(startWithin);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new AssertionError("The app " + name + " stopped while starting; see " + log);
                }
                if (answersLogin(client) && ready.getAsBoolean()) {
                    return new AppProcess(process, port, log, Duration.between(begun, Instant.now()));
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new AssertionError("The app " + name + " did not start within " + startWithin + "; see " + log);
        }

        private boolean answersLogin(HttpClient client) throws InterruptedException {
            try {
                return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        }
    }
}
