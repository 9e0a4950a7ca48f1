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
                .containsExactly("Too long for X: 281 characters, at most 280");
    }

    @Test
    void emojiCountAsOneCharacterNotTwo() {
        String text = "☕".repeat(280); // one code point each
        String surrogates = "\uD83C\uDF89".repeat(280); // 🎉: two UTF-16 units, one code point
        assertThat(Platform.X.length(text)).isEqualTo(280);
        assertThat(Platform.X.length(surrogates)).isEqualTo(280);
        assertThat(Platform.X.problems(surrogates)).isEmpty();
    }

    @Test
    void linksCountAsTwentyThreeWhereThePlatformShortensThem() {
        String link = "https://example.com/" + "x".repeat(100);
        assertThat(Platform.X.length("Read " + link)).isEqualTo(5 + 23);
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
