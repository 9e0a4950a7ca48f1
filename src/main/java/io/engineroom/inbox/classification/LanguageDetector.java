package io.engineroom.inbox.classification;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Says which language a text is in, so text the English-only models cannot read goes to a person instead of being
 * guessed at. Lingua (n-gram models inside its jar, nothing downloaded) in low-accuracy mode, over a fixed set of
 * languages: high-accuracy mode holds about 20 MB of models per language on the heap and takes seconds to load,
 * low-accuracy mode about 2 MB per language. Low accuracy is unreliable on short text, so the decision leans to
 * English: a Latin-script text shorter than {@value #MIN_LETTERS} letters, or one where English scores within
 * {@value #ENGLISH_MARGIN} of the best language (within {@value #SHORT_ENGLISH_MARGIN} below
 * {@value #SHORT_LETTERS} letters), is undecided and read as English. Sending English to a person costs a person's
 * minute; reading a foreign text as English is what happened before detection. Text in another script (Cyrillic,
 * Arabic, CJK...) is told by its script however short. The thresholds were set on the project's own English
 * sentences (1 of 542 sent to a person) and 30 short foreign customer messages (26 caught; "Wo ist mein Paket?" is
 * not): figures for orientation, not an evaluation.
 *
 * <p>The models load on a background thread when the detector is built, so start-up does not wait for them; a
 * detection before they are in waits. Thread-safe.
 */
public final class LanguageDetector {

    /** Names the detector and its settings, as the decider of an interaction it does not classify. */
    public static final String MODEL = "lingua-1.2.2-low";
    static final int MIN_LETTERS = 10;
    static final double ENGLISH_MARGIN = 0.2;
    /** Below this many letters, English need only come within {@value #SHORT_ENGLISH_MARGIN} of the best. */
    static final int SHORT_LETTERS = 25;
    static final double SHORT_ENGLISH_MARGIN = 0.3;
    /** Language shows in the first sentences; reading more only costs time. */
    static final int MAX_READ_CHARS = 1_000;

    /**
     * The markets a social team most likely meets, plus the big languages of other scripts. A language left out is
     * not "unknown" but read as its nearest listed one, so the list is wider than the languages the models read.
     */
    private static final String[] LANGUAGES = {"en", "es", "de", "fr", "it", "pt", "nl", "pl", "tr", "sv", "da",
        "nb", "ru", "uk", "el", "ar", "hi", "zh", "ja", "ko"};
    /** Links and handles are no language: "@beanleaf" reads as Danish to an n-gram model. */
    private static final Pattern NOT_LANGUAGE = Pattern.compile("https?://\\S+|www\\.\\S+|@[\\w.@-]+");

    private final CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> lingua;

    private LanguageDetector(CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> lingua) {
        this.lingua = lingua;
    }

    /**
     * Starts loading the models on a daemon thread and returns at once: even Lingua's classes take a moment to
     * initialise, so none is touched here.
     */
    public static LanguageDetector loadDefault() {
        return new LanguageDetector(CompletableFuture.supplyAsync(LanguageDetector::build, task -> {
            Thread loader = new Thread(task, "language-models");
            loader.setDaemon(true);
            loader.start();
        }));
    }

    private static com.github.pemistahl.lingua.api.LanguageDetector build() {
        IsoCode639_1[] codes = new IsoCode639_1[LANGUAGES.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = IsoCode639_1.valueOf(LANGUAGES[i].toUpperCase(Locale.ROOT));
        }
        return LanguageDetectorBuilder.fromIsoCodes639_1(codes).withLowAccuracyMode().withPreloadedLanguageModels()
                .build();
    }

    /** Never fails on odd input: null, empty or letterless text is undecided. */
    public DetectedLanguage detect(String text) {
        if (text == null || text.isBlank()) {
            return DetectedLanguage.UNDECIDED;
        }
        String read = NOT_LANGUAGE.matcher(text.length() > MAX_READ_CHARS ? text.substring(0, MAX_READ_CHARS) : text)
                .replaceAll(" ");
        boolean latin = mostlyLatin(read);
        if (latin && letters(read) < MIN_LETTERS) {
            return DetectedLanguage.UNDECIDED; // and no need to ask the models
        }
        SortedMap<Language, Double> confidences = lingua.join().computeLanguageConfidenceValues(read);
        if (confidences.isEmpty()) {
            return DetectedLanguage.UNDECIDED;
        }
        // sorted by confidence, the best first at 1.0; the others relative to it
        Language best = confidences.firstKey();
        if (best == Language.ENGLISH) {
            return new DetectedLanguage(DetectedLanguage.ENGLISH);
        }
        double margin = letters(read) < SHORT_LETTERS ? SHORT_ENGLISH_MARGIN : ENGLISH_MARGIN;
        if (latin && confidences.getOrDefault(Language.ENGLISH, 0.0) >= 1 - margin) {
            return DetectedLanguage.UNDECIDED;
        }
        return new DetectedLanguage(best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    private static boolean mostlyLatin(String text) {
        long latin = text.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return latin * 2 >= letters(text);
    }
}
