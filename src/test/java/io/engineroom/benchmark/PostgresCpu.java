package io.engineroom.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CPU time a PostgreSQL server on this machine has used so far, read from Linux's {@code /proc}: its postmaster
 * and every process it started (the connections' backends, and what it already reaped). A benchmark reads it before
 * and after some work to say what the work cost the database, a figure the machine's other load hardly moves,
 * unlike a rate. Linux only; elsewhere {@link #available} is false.
 */
final class PostgresCpu {

    /** Linux's clock ticks per second for {@code /proc/<pid>/stat} times (USER_HZ, 100 on every common build). */
    private static final double TICKS_PER_SECOND = 100;

    private final long postmaster;

    private PostgresCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The server the template's connections reach, when it runs on this machine. */
    static PostgresCpu of(JdbcTemplate jdbc) {
        Long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        String[] stat = backend == null ? null : stat(backend);
        return new PostgresCpu(stat == null ? -1 : Long.parseLong(stat[1]));
    }

    boolean available() {
        return postmaster > 0 && stat(postmaster) != null;
    }

    /** Milliseconds of CPU (user and system) so far. */
    double millis() {
        String[] own = stat(postmaster);
        long ticks = own == null ? 0 : field(own, 11) + field(own, 12) + field(own, 13) + field(own, 14);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(path -> stat(Long.parseLong(path.getFileName().toString())))
                    .filter(child -> child != null && Long.parseLong(child[1]) == postmaster)
                    .mapToLong(child -> field(child, 11) + field(child, 12)).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /**
     * The fields of {@code /proc/<pid>/stat} after the command: [0] state, [1] parent pid, ..., [11] utime,
     * [12] stime, [13] cutime, [14] cstime; null when the process is gone.
     */
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long field(String[] stat, int index) {
        return Long.parseLong(stat[index]);
    }
}
