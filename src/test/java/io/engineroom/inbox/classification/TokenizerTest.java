package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Social text splits into the pieces both models need. */
class TokenizerTest {

    static List<String> texts(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    static List<Token.Kind> kinds(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::kind).toList();
    }

    @Test
    void keepsApostrophesInsideWordsWhateverTheirShape() {
        assertThat(texts("Don’t, can‘t, won't")).containsExactly("don't", ",", "can't", ",", "won't");
    }

    @Test
    void recognisesLinksHandlesHashtagsEmojiAndEmoticons() {
        assertThat(kinds("@acme see https://x.co/a?b=1 #fail 😡 :-( $5"))
                .containsExactly(Token.Kind.MENTION, Token.Kind.WORD, Token.Kind.URL, Token.Kind.HASHTAG,
                        Token.Kind.EMOJI, Token.Kind.EMOTICON, Token.Kind.MONEY, Token.Kind.NUMBER);
        assertThat(texts("bit.ly/cash :-))) XD")).containsExactly("bit.ly/cash", ":)", "xd");
    }

    @Test
    void timesAndWordsAreNotFaces() {
        assertThat(kinds("at 8:30 or 8pm")).doesNotContain(Token.Kind.EMOTICON);
        assertThat(texts("http://a.com")).containsExactly("http://a.com");
    }

    @Test
    void capitalsMarkEmphasisOnlyAmongLowerCase() {
        assertThat(Tokenizer.tokenize("this is AWFUL").get(2).shouted()).isTrue();
        assertThat(Tokenizer.tokenize("THIS IS AWFUL").get(2).shouted()).isFalse();
        assertThat(Tokenizer.tokenize("I am ok").get(0).shouted()).isFalse();
    }

    @Test
    void foldsCaseBeyondLowerCasing() {
        assertThat(texts("STRASSE Straße")).containsExactly("strasse", "strasse");
    }

    @Test
    void cutsHugeTextsWithoutSplittingAnEmoji() {
        String huge = "a".repeat(Tokenizer.MAX_ANALYSED_CHARS - 1) + "😀" + " great".repeat(10_000);
        assertThat(Tokenizer.normalise(huge)).hasSize(Tokenizer.MAX_ANALYSED_CHARS - 1);
        assertThat(texts(huge)).doesNotContain("great");
    }
}
