package io.engineroom.benchmark;

import io.engineroom.inbox.classification.LanguageDetector;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Texts classified by a few threads at once, as the intake does under load: texts per second over the wall clock
 * and each text's latency, and the process's CPU time per text. The sentence model and the language detection
 * (which the intake runs before the classifier) alone are timed the same way, for reference: the floor any head
 * reading the model stands on, and what the detection adds.
 */
final class SpeedRun {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static final double TARGET_RATE = 300;
    static final double TARGET_P95_MS = 15;
    private static final int THREADS = Integer.getInteger("benchmark.threads", 2);
    private static final int TEXTS = Integer.getInteger("benchmark.texts", 4_000);
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 200);

    private SpeedRun() {
    }

    static List<String> report(List<String> texts, Startup startup) throws Exception {
        Function<String, Object> classify = startup.classifier()::classify;
        Function<String, Object> embed = startup.embeddings()::embed;
        for (int i = 0; i < WARMUP; i++) {
            classify.apply(texts.get(i % texts.size()));
            embed.apply(texts.get(i % texts.size()));
        }
        LanguageDetector languages = LanguageDetector.loadDefault();
        Function<String, Object> detect = languages::detect;
        for (int i = 0; i < WARMUP; i++) {
            detect.apply(texts.get(i % texts.size()));
        }
        Run classified = run("TextClassifier.classify", texts, classify);
        Run embedded = run("SentenceEmbeddings.embed alone (reference)", texts, embed);
        Run detected = run("LanguageDetector.detect alone (reference)", texts, detect);
        int width = 48;
        System.out.printf(Locale.ROOT, "%n--- Speed: %,d texts on %d threads after %d warm-up, %d cores, load average"
                + " %.1f ---%n", TEXTS, THREADS, WARMUP, Runtime.getRuntime().availableProcessors(),
                ClassifierBenchmark.loadAverage());
        System.out.println(Latencies.header(width) + "   texts/s  CPU ms/text");
        for (Run one : List.of(classified, embedded, detected)) {
            System.out.printf(Locale.ROOT, "%s %9.0f %12.2f%n", one.latencies().row(width), one.rate(),
                    one.cpuMillisPerText());
        }
        double p95 = classified.latencies().percentile(95);
        double rate = classified.rate();
        return List.of(
                String.format(Locale.ROOT, "throughput >= %.0f texts/s on %d threads: %.0f %s", TARGET_RATE, THREADS,
                        rate, rate >= TARGET_RATE ? "met" : "NOT met"),
                String.format(Locale.ROOT, "p95 <= %.0f ms per text: %.2f ms %s", TARGET_P95_MS, p95,
                        p95 <= TARGET_P95_MS ? "met" : "NOT met"));
    }

    /** Each thread takes every THREADS-th text, round the list as often as needed; all start together. */
    private static Run run(String name, List<String> texts, Function<String, Object> call) throws Exception {
        long[][] durations = new long[THREADS][];
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        double rate;
        double cpuMillisPerText;
        long cpuBefore = PROCESS.getProcessCpuTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                durations[t] = new long[TEXTS / THREADS + (t < TEXTS % THREADS ? 1 : 0)];
                running.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < durations[thread].length; i++) {
                        String text = texts.get((thread + i * THREADS) % texts.size());
                        long start = System.nanoTime();
                        call.apply(text);
                        durations[thread][i] = System.nanoTime() - start;
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> thread : running) {
                thread.get();
            }
            rate = TEXTS / ((System.nanoTime() - start) / 1e9);
            cpuMillisPerText = (PROCESS.getProcessCpuTime() - cpuBefore) / 1e6 / TEXTS;
        } finally {
            pool.shutdownNow();
        }
        Latencies latencies = new Latencies(name, TEXTS);
        for (long[] thread : durations) {
            for (long duration : thread) {
                latencies.record(duration);
            }
        }
        return new Run(latencies, rate, cpuMillisPerText);
    }

    /** @param cpuMillisPerText this JVM's CPU time over the run per text: every thread's, a GC's included */
    private record Run(Latencies latencies, double rate, double cpuMillisPerText) {
    }
}
