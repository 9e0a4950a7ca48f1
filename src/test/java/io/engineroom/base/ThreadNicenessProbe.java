package io.engineroom.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads threads' nice values from Linux's {@code /proc}. */
public final class ThreadNicenessProbe {

    private ThreadNicenessProbe() {
    }

    public static int ofCurrentThread() {
        return ThreadNiceness.niceOf(ThreadNiceness.linuxThreadId());
    }

    /** The nice value of the process's first thread: what every thread starts with unless changed. */
    public static int ofProcess() {
        return ThreadNiceness.niceOf(ProcessHandle.current().pid());
    }

    /** The nice values of this process's threads with this native name (a Java thread's name, at most 15 chars). */
    public static List<Integer> ofThreadsNamed(String name) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(task -> name.equals(comm(task)))
                    .map(task -> ThreadNiceness.niceOf(Long.parseLong(task.getFileName().toString()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException gone) {
            return "";
        }
    }
}
