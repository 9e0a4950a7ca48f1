package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.classification.LanguageDetector;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the language gate in front of the classifier costs: time until Lingua's models are loaded (on their own
 * thread, so start-up does not wait), the heap they hold, and the time per tweet-sized text. Prints figures;
 * asserts only that the detector still tells Spanish from English. Not part of the build:
 * {@code ./mvnw -Pbenchmark test -Dtest=LanguageDetectionBenchmark}. Run in a fresh JVM for the heap figure to
 * mean anything (the models are held JVM-wide once loaded).
 */
@Tag("benchmark")
class LanguageDetectionBenchmark {

    private static final int CALLS = Integer.getInteger("benchmark.iterations", 20_000);
    private static final List<String> TEXTS = List.of("Do you ship to Canada?",
            "Worst airline ever, lost my bag again 😡", "Thanks for the quick fix, you're the best!",
            "Earn $500/day, DM me 👉 bit.ly/x", "How much for 40 licences for our team?",
            "Mi pedido no ha llegado y nadie responde, pésimo servicio",
            "Meine Bestellung ist immer noch nicht angekommen", "ok");

    @Test
    void printsLoadTimeHeapAndTimePerText() {
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeapAfterGc(runtime);
        long start = System.nanoTime();
        LanguageDetector detector = LanguageDetector.loadDefault();
        double returnedMillis = (System.nanoTime() - start) / 1e6;
        String spanish = detector.detect(TEXTS.get(5)).code();
        double readyMillis = (System.nanoTime() - start) / 1e6;
        long heapMb = (usedHeapAfterGc(runtime) - heapBefore) >> 20;

        for (int i = 0; i < 2_000; i++) {
            detector.detect(TEXTS.get(i % TEXTS.size())); // warm up the JIT
        }
        Latencies perText = new Latencies("detect", CALLS);
        for (int i = 0; i < CALLS; i++) {
            String text = TEXTS.get(i % TEXTS.size());
            perText.time(() -> detector.detect(text));
        }
        System.out.printf(Locale.ROOT, "Language detection: loadDefault returned in %.0f ms, models ready after %.0f"
                + " ms, heap +%d MB, cores %d%n%s%n%s%n", returnedMillis, readyMillis, heapMb,
                runtime.availableProcessors(), Latencies.header(10), perText.row(10));
        assertThat(spanish).isEqualTo("es");
        assertThat(detector.detect(TEXTS.get(0)).readAsEnglish()).isTrue();
    }

    private static long usedHeapAfterGc(Runtime runtime) {
        System.gc();
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
