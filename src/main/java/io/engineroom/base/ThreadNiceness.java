package io.engineroom.base;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the calling thread's CPU priority (its Linux nice value), so that bulk work takes only the cores that
 * people's requests leave: a burst's thousands of interactions are stored, classified and started while a person's
 * Inbox read, which needs a core for a few milliseconds, goes first instead of queueing behind them. Java's own thread
 * priorities do nothing on Linux (unless the JVM runs as root with {@code -XX:ThreadPriorityPolicy=1}), hence one
 * libc call through JNA. Lowering needs no privilege; raising would, and is never asked for. The step is relative:
 * a node started with {@code nice} keeps its workers that much below its own requests. On Linux the nice
 * value belongs to a thread, not the process (see {@code man 2 setpriority}); on other systems nothing changes and
 * the log says so.
 */
public final class ThreadNiceness {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadNiceness.class);
    private static final int PRIO_PROCESS = 0;
    private static final int LOWEST = 19;

    private ThreadNiceness() {
    }

    /** libc's {@code setpriority}, nothing else. */
    private interface LibC extends Library {
        int setpriority(int which, int who, int prio);
    }

    /** Loaded on first use: a node whose workers keep their priority never touches native code. */
    private static final class Holder {
        private static final LibC LIBC = load();

        private static LibC load() {
            try {
                return Native.load("c", LibC.class);
            } catch (LinkageError unavailable) {
                LOG.warn("Cannot load the C library to lower the intake workers' CPU priority; they keep the"
                        + " requests' priority", unavailable);
                return null;
            }
        }
    }

    /**
     * Lowers the calling thread's priority by this many steps of nice value (from the process's, 0 unless it was
     * started with {@code nice}; never below the lowest, {@value #LOWEST}).
     *
     * @return the thread's nice value now, or null when it could not be changed (not Linux, no C library)
     * @throws IllegalArgumentException for a step outside 0 to {@value #LOWEST}: a priority above the requests' is
     *                                  not this class's to give
     */
    public static Integer lowerCurrentThread(int steps) {
        if (steps < 0 || steps > LOWEST) {
            throw new IllegalArgumentException("A thread's priority is lowered by 0 to " + LOWEST + " steps, not "
                    + steps);
        }
        Long thread = linuxThreadId();
        Integer now = thread == null ? null : niceOf(thread);
        if (now == null && steps > 0) {
            LOG.info("Thread {} keeps the requests' CPU priority: lowering it is done on Linux only",
                    Thread.currentThread().getName());
        }
        if (now == null || steps == 0) {
            return now;
        }
        int lowered = Math.min(LOWEST, now + steps);
        LibC libc = Holder.LIBC;
        if (libc == null || libc.setpriority(PRIO_PROCESS, thread.intValue(), lowered) != 0) {
            LOG.warn("Could not lower thread {} to nice {}: it keeps the requests' priority",
                    Thread.currentThread().getName(), lowered);
            return null;
        }
        return lowered;
    }

    /** A thread of this process's nice value (field 19 of its {@code stat}), or null when it cannot be read. */
    static Integer niceOf(long thread) {
        try {
            String stat = Files.readString(Path.of("/proc/self/task", Long.toString(thread), "stat"));
            // after "pid (name) ": field 3 (state) is index 0, so field 19 (nice) is index 16
            return Integer.valueOf(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * The calling thread's id as Linux knows it ({@code /proc/thread-self} links to {@code <pid>/task/<tid>}),
     * or null off Linux.
     */
    static Long linuxThreadId() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Long.valueOf(self.getFileName().toString());
        } catch (IOException | UnsupportedOperationException | NumberFormatException notLinux) {
            return null;
        }
    }
}
