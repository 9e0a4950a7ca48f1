package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The language gate on small fixed inputs: other languages are named, English and anything too short read on. */
class LanguageDetectorTest {

    static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = LanguageDetector.loadDefault();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Mi pedido no ha llegado y nadie responde, pésimo servicio | es",
        "¿Cuánto cuesta el plan para empresas?                      | es",
        "Meine Bestellung ist immer noch nicht angekommen, sehr enttäuschend | de",
        "Wann habt ihr am Sonntag geöffnet?                         | de",
        "Ma commande n'est toujours pas arrivée                     | fr",
        "Il mio ordine non è ancora arrivato                        | it",
        "A minha encomenda ainda não chegou                         | pt",
        "Mijn bestelling is nog steeds niet aangekomen              | nl",
        "Moje zamówienie jeszcze nie dotarło                        | pl",
        "Siparişim hâlâ gelmedi, çok kötü                           | tr",
        "Привет, где мой заказ?                                     | ru",
        "配送はいつですか                                             | ja"})
    void namesTheLanguageOfTextTheModelsDoNotRead(String text, String code) {
        DetectedLanguage language = detector.detect(text);
        assertThat(language.code()).isEqualTo(code);
        assertThat(language.readAsEnglish()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Still waiting for my refund after six weeks, really annoyed",
        "Do you deliver on Sundays?", "How much is the enterprise plan for 50 seats? We'd like to buy"})
    void englishIsEnglish(String text) {
        assertThat(detector.detect(text)).isEqualTo(new DetectedLanguage("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "ok 👍", "lol", "Thanks!", "Love it", "Danke!", "Gracias", "Merci", "super",
        "@beanleaf https://t.co/abc ok"})
    void textTooShortToTellIsUndecidedAndReadAsEnglish(String text) {
        DetectedLanguage language = detector.detect(text);
        assertThat(language).isEqualTo(DetectedLanguage.UNDECIDED);
        assertThat(language.readAsEnglish()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The café was cold and the barista rude", "My order is late", "Do you ship to Oslo?",
        "Our spring range is here", "I want to cancel"})
    void englishThatScoresCloseToAnotherLanguageIsReadAsEnglish(String text) {
        // low-accuracy n-grams put Danish, German or Norwegian first here, English close behind: too close to send
        // to a person
        assertThat(detector.detect(text).readAsEnglish()).isTrue();
    }

    @Test
    void handlesAndLinksAreNoLanguage() {
        assertThat(detector.detect("@beanleaf_official https://beanleaf.example/pedido/123 mi pedido no ha llegado "
                + "y nadie responde").code()).isEqualTo("es");
    }

    @Test
    void onlyTheBeginningOfAHugeTextIsRead() {
        String huge = "Meine Bestellung ist immer noch nicht angekommen. " + "The order arrived, thanks! "
                .repeat(10_000);
        assertThat(detector.detect(huge).code()).isEqualTo("de");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t", "12345", "😀😀😀", "?!"})
    void emptyOrLetterlessTextIsUndecided(String text) {
        assertThat(detector.detect(text)).isEqualTo(DetectedLanguage.UNDECIDED);
    }
}
