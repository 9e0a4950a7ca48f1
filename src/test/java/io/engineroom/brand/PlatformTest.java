package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void limitsAreThePlatformsOwn() {
        assertThat(Platform.X.maxLength()).isEqualTo(280);
        assertThat(Platform.MASTODON.maxLength()).isEqualTo(500);
        assertThat(Platform.LINKEDIN.maxLength()).isEqualTo(3000);
        assertThat(Platform.INSTAGRAM.maxLength()).isEqualTo(2200);
    }

    @Test
    void exactlyTheLimitFitsAndOneMoreDoesNot() {
        assertThat(Platform.X.problems("a".repeat(280))).isEmpty();
        assertThat(Platform.X.problems("a".repeat(281)))
                .containsExactly("Too long for X: 281 weighted characters (links 23, emoji and CJK 2), at most 280");
    }

    @Test
    void onMastodonAnEmojiCountsAsOneCharacterNotTwo() {
        String text = "☕".repeat(500); // one code point each
        String surrogates = "\uD83C\uDF89".repeat(500); // 🎉: two UTF-16 units, one code point
        assertThat(Platform.MASTODON.length(text)).isEqualTo(500);
        assertThat(Platform.MASTODON.length(surrogates)).isEqualTo(500);
        assertThat(Platform.MASTODON.problems(surrogates)).isEmpty();
    }

    @Test
    void onXTheLengthIsTwitterTextsWeightedLengthWhereEmojiAndCjkCountTwice() {
        assertThat(Platform.X.length("\uD83C\uDF89".repeat(140))).isEqualTo(280);
        assertThat(Platform.X.problems("\uD83C\uDF89".repeat(141))).containsExactly(
                "Too long for X: 282 weighted characters (links 23, emoji and CJK 2), at most 280");
        assertThat(Platform.X.length("日本語")).isEqualTo(6);
        assertThat(Platform.X.length("a".repeat(279) + "\uD83D\uDE00")).isEqualTo(281);
    }

    @Test
    void onBlueskyAFamilyEmojiAFlagAndAnAccentedLetterEachCountAsOneGrapheme() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66"; // 7 code points
        String flag = "\uD83C\uDDEC\uD83C\uDDE7"; // two regional indicators
        String accented = "e\u0301"; // e + combining acute
        assertThat(Platform.BLUESKY.length(family)).isEqualTo(1);
        assertThat(Platform.BLUESKY.length(flag)).isEqualTo(1);
        assertThat(Platform.BLUESKY.length(accented)).isEqualTo(1);
        assertThat(Platform.BLUESKY.length(family + " " + flag + " ok")).isEqualTo(6);
        assertThat(Platform.BLUESKY.problems(family.repeat(300))).isEmpty();
        assertThat(Platform.BLUESKY.problems(family.repeat(300) + flag))
                .containsExactly("Too long for Bluesky: 301 graphemes, at most 300");
    }

    @Test
    void linksCountAsTwentyThreeWhereThePlatformShortensThem() {
        String link = "https://example.com/" + "x".repeat(100);
        assertThat(Platform.X.length("Read " + link)).isEqualTo(5 + 23);
        assertThat(Platform.BLUESKY.length("Read " + link)).isEqualTo(5 + link.length());
        assertThat(Platform.MASTODON.length("Read " + link)).isEqualTo(5 + 23);
        assertThat(Platform.LINKEDIN.length("Read " + link)).isEqualTo(5 + link.length());
    }

    @Test
    void instagramAllowsThirtyHashtags() {
        StringBuilder thirty = new StringBuilder("Autumn");
        for (int i = 1; i <= 30; i++) {
            thirty.append(" #tag").append(i);
        }
        assertThat(Platform.INSTAGRAM.problems(thirty.toString())).isEmpty();
        assertThat(Platform.INSTAGRAM.problems(thirty + " #one_more"))
                .containsExactly("Too many hashtags for Instagram: 31, at most 30");
        assertThat(Platform.INSTAGRAM.hashtags("mail me at a#b or #real")).isEqualTo(1);
    }

    @Test
    void anEmptyTextIsAProblem() {
        assertThat(Platform.LINKEDIN.problems("  ")).containsExactly("The LinkedIn text is empty");
    }
}
