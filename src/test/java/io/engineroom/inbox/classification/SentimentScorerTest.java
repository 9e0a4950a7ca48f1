package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.engineroom.inbox.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexicon scorer reads tone the way a person would: negation, intensity, "but", emoji, odd characters. */
class SentimentScorerTest {

    static final SentimentScorer SCORER = new SentimentScorer(SentimentLexicon.loadDefault());

    static double score(String text) {
        return SCORER.score(text).score();
    }

    static Sentiment sentiment(String text) {
        return SCORER.score(text).sentiment();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Love the new menu, the staff were wonderful", "Great service, thank you!",
            "Best coffee in town", "Really impressed with the quick refund"})
    void positiveMessagesArePositive(String text) {
        assertThat(sentiment(text)).isEqualTo(Sentiment.POSITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Terrible service, the food was cold", "I hate this update, it's useless",
            "Worst delivery ever, still waiting for my refund", "Really disappointed with the quality"})
    void negativeMessagesAreNegative(String text) {
        assertThat(sentiment(text)).isEqualTo(Sentiment.NEGATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"What time does the store open on Sunday?", "My order number is 48213",
            "The event starts at 7pm in the main hall", ""})
    void factualMessagesAreNeutral(String text) {
        assertThat(sentiment(text)).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void negationFlipsTheSentiment() {
        assertThat(score("not happy")).isLessThan(0);
        assertThat(score("happy")).isGreaterThan(0);
        assertThat(score("This is not bad at all")).isGreaterThan(0);
        assertThat(score("The app isn't great")).isLessThan(0);
        assertThat(score("never disappoints")).isGreaterThan(0);
        // idioms whose negation is praise are phrases in the lexicon, read before the negator
        assertThat(score("Can't wait for the launch!")).isGreaterThan(0);
        assertThat(score("Couldn't be happier")).isGreaterThan(0);
    }

    @Test
    void negationSoftensRatherThanMirrors() {
        assertThat(Math.abs(score("not good"))).isLessThan(Math.abs(score("good")));
        assertThat(Math.abs(score("not terrible"))).isLessThan(Math.abs(score("terrible")));
    }

    @Test
    void negationEndsAtPunctuation() {
        // "not" belongs to "cheap"; after the comma "love" stands on its own
        assertThat(score("Not cheap, but I love it")).isGreaterThan(0);
        assertThat(score("no, great")).isEqualTo(score("great"));
    }

    @Test
    void neverAgainIsNegative() {
        assertThat(sentiment("Never again.")).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void intensifiersRaiseAndDampenersLowerTheMagnitude() {
        assertThat(score("very bad")).isLessThan(score("bad"));
        assertThat(score("extremely bad")).isLessThan(score("very bad"));
        assertThat(score("slightly bad")).isGreaterThan(score("bad")).isLessThan(0);
        assertThat(score("kind of good")).isLessThan(score("good")).isGreaterThan(0);
        assertThat(score("really really good")).isGreaterThan(score("really good"));
    }

    @Test
    void theClauseAfterButWeighsMore() {
        assertThat(score("The staff were nice but the food was awful")).isLessThan(0);
        assertThat(score("The food was awful but the staff were nice")).isGreaterThan(0);
        assertThat(score("Delivery was slow. But the quality is excellent!")).isGreaterThan(0);
    }

    @Test
    void exclamationMarksAndCapitalsAddEmphasis() {
        assertThat(score("great!!!")).isGreaterThan(score("great"));
        assertThat(score("This is AWFUL")).isLessThan(score("This is awful"));
        assertThat(score("sooo goood")).isGreaterThan(score("so good"));
    }

    @Test
    void emojiAndEmoticonsCarrySentiment() {
        assertThat(sentiment("😍")).isEqualTo(Sentiment.POSITIVE);
        assertThat(sentiment("❤️")).isEqualTo(Sentiment.POSITIVE); // with the emoji variation selector
        assertThat(sentiment("👍🏽")).isEqualTo(Sentiment.POSITIVE); // with a skin tone
        assertThat(sentiment("my order 😡")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(sentiment("thanks :-)")).isEqualTo(Sentiment.POSITIVE);
        assertThat(sentiment("delayed again :(")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(score("ok :)")).isGreaterThan(score("ok"));
    }

    @Test
    void curlyApostrophesReadLikeStraightOnes() {
        assertThat(score("I don’t like it, it’s not good")).isEqualTo(score("I don't like it, it's not good"))
                .isLessThan(0);
        assertThat(score("isn’t great")).isLessThan(0);
    }

    @Test
    void styledAndFullWidthLettersAreReadAsPlainLetters() {
        assertThat(score("𝐚𝐦𝐚𝐳𝐢𝐧𝐠")).isEqualTo(score("amazing")).isGreaterThan(0);
        assertThat(score("ｔｅｒｒｉｂｌｅ")).isEqualTo(score("terrible")).isLessThan(0);
    }

    @Test
    void invisibleCharactersDoNotHideWords() {
        assertThat(score("ter\u200Brible")).isEqualTo(score("terrible"));
        assertThat(score("\u202Bgreat\u202C")).isEqualTo(score("great"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u05E9\u05DC\u05D5\u05DD \u202Ehello\u202C \u0645\u0631\u062D\u0628\u0627",
            "Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349\u035A\u032F\u031E"
                    + "\u0320\u034DA\u0334\u0335\u031C\u0330\u0354L\u0358G\u034FO",
            "\uFEFF\u200D\u200C\u2060", "\uD83D", "e\u0301\u0301\u0301", "!!!???...", ":):(:D<3</3",
            "\u0000\u0007\u001B[31m", "   \t\n  "})
    void oddUnicodeDoesNotThrowAndStaysInRange(String text) {
        assertThatCode(() -> SCORER.score(text)).doesNotThrowAnyException();
        SentimentScorer.Reading reading = SCORER.score(text);
        assertThat(reading.score()).isBetween(-1.0, 1.0);
        assertThat(reading.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void scoresStayWithinMinusOneAndOne() {
        String praise = "amazing wonderful perfect love ".repeat(200);
        String abuse = "awful terrible worst hate ".repeat(200);
        assertThat(score(praise)).isLessThanOrEqualTo(1).isGreaterThan(0.95);
        assertThat(score(abuse)).isGreaterThanOrEqualTo(-1).isLessThan(-0.95);
    }

    @Test
    void confidenceGrowsWithEvidenceAndStrength() {
        double oneMildWord = SCORER.score("decent").confidence();
        double strong = SCORER.score("Absolutely amazing, the best service, thank you so much!").confidence();
        double mixed = SCORER.score("great food, terrible service").confidence();
        assertThat(strong).isGreaterThan(oneMildWord).isBetween(0.0, 1.0);
        assertThat(mixed).isLessThan(strong);
    }
}
