package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The voice check on its own: avoided words as whole words in any case, the emoji policy, disclosures. */
class VoiceRulesTest {

    private static VoiceGuide guide(EmojiPolicy policy, Integer max, List<String> avoid, List<String> disclosures) {
        return new VoiceGuide("b", "Warm", List.of("roast"), avoid, List.of("Fresh from the roastery"),
                List.of("#beanleaf"), policy, max, disclosures, "manager", Instant.EPOCH);
    }

    private static List<VoiceFlag> check(VoiceGuide guide, String text, boolean disclosureRequired) {
        return VoiceRules.check(guide, List.of(new VoiceText("caption", text)), disclosureRequired);
    }

    @Test
    void anAvoidedWordIsFoundInAnyCaseButOnlyAsAWholeWord() {
        VoiceGuide guide = guide(EmojiPolicy.FREE, null, List.of("cheap", "best in town"), List.of());

        assertThat(check(guide, "Our CHEAP roast!", false)).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(VoiceFlag.Kind.AVOIDED_WORD);
            assertThat(flag.field()).isEqualTo("caption");
            assertThat(flag.message()).isEqualTo("The voice guide avoids \u201ccheap\u201d");
        });
        assertThat(check(guide, "Cheaper than ever, cheapskates welcome", false)).isEmpty();
        assertThat(check(guide, "The Best In Town, again.", false)).extracting(VoiceFlag::message)
                .containsExactly("The voice guide avoids \u201cbest in town\u201d");
        assertThat(check(guide, "Tag it #cheap", false)).hasSize(1);
    }

    @Test
    void wordsOfOtherScriptsAndAccentsKeepTheirBoundaries() {
        VoiceGuide guide = guide(EmojiPolicy.FREE, null, List.of("günstig", "café"), List.of());

        assertThat(check(guide, "GÜNSTIG und gut", false)).hasSize(1);
        assertThat(check(guide, "Unser Cafés Angebot", false)).isEmpty();
        assertThat(check(guide, "Ein Café, ein Lächeln", false)).hasSize(1);
    }

    @Test
    void theEmojiPolicyCountsEachEmojiOnceHoweverManyCodePointsItHas() {
        // a family (joined by zero-width joiners), a flag (two regional indicators), a thumbs-up with a skin tone
        String three = "Good morning \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDE9\uD83C\uDDEA "
                + "\uD83D\uDC4D\uD83C\uDFFD";
        assertThat(VoiceRules.emojiCount(three)).isEqualTo(3);
        assertThat(VoiceRules.emojiCount("No emoji here :-)")).isZero();

        assertThat(check(guide(EmojiPolicy.SPARINGLY, 2, List.of(), List.of()), three, false))
                .singleElement().satisfies(flag -> {
                    assertThat(flag.kind()).isEqualTo(VoiceFlag.Kind.TOO_MANY_EMOJI);
                    assertThat(flag.message()).isEqualTo("The voice guide allows up to 2 emoji; this has 3");
                });
        assertThat(check(guide(EmojiPolicy.SPARINGLY, 3, List.of(), List.of()), three, false)).isEmpty();
        assertThat(check(guide(EmojiPolicy.NONE, null, List.of(), List.of()), "Hi \u2615", false))
                .extracting(VoiceFlag::message).containsExactly("The voice guide allows no emoji; this has 1");
        assertThat(check(guide(EmojiPolicy.FREE, null, List.of(), List.of()), three + three, false)).isEmpty();
    }

    @Test
    void aRequiredDisclosureMustBeAHashtagOrWholePhraseInAnyField() {
        VoiceGuide guide = guide(EmojiPolicy.FREE, null, List.of(), List.of("#ad", "Paid partnership"));

        assertThat(check(guide, "Our #adventure roast", true)).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(VoiceFlag.Kind.MISSING_DISCLOSURE);
            assertThat(flag.message()).isEqualTo("A paid or influencer post must carry #ad or Paid partnership");
        });
        assertThat(check(guide, "Our roast #AD", true)).isEmpty();
        assertThat(check(guide, "paid partnership with Bean & Leaf", true)).isEmpty();
        assertThat(check(guide, "Our #adventure roast", false)).as("not a paid post").isEmpty();
        assertThat(VoiceRules.check(guide, List.of(new VoiceText("caption", "Autumn roast"),
                new VoiceText("hashtags", "#autumn #ad")), true)).as("the disclosure in the hashtags field").isEmpty();
        assertThat(VoiceRules.check(guide, List.of(new VoiceText("caption", "Autumn roast"),
                new VoiceText("hashtags", "#autumn")), true)).extracting(VoiceFlag::field)
                .as("flagged on the first field").containsExactly("caption");
    }
}
