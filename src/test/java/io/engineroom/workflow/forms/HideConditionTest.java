package io.engineroom.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The FEEL hide conditions Engine Room understands give form-js's answer; anything else keeps the field shown. */
class HideConditionTest {

    static boolean hides(String expression, Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return HideCondition.parse(expression).hides(values);
    }

    @Test
    void inequalityWithAStringHidesUnlessTheValueMatchesAndAlsoWhenItIsUnset() {
        String condition = "=reviewDecision != \"reject\"";
        assertThat(hides(condition, "reviewDecision", "reject")).isFalse();
        assertThat(hides(condition, "reviewDecision", "approve")).isTrue();
        // FEEL: null != "reject" is true
        assertThat(hides(condition)).isTrue();
    }

    @Test
    void equalityWithStringsNumbersAndBooleans() {
        assertThat(hides("=channel = \"mastodon\"", "channel", "mastodon")).isTrue();
        assertThat(hides("=channel = \"mastodon\"", "channel", "webhook")).isFalse();
        assertThat(hides("= count=2", "count", 2L)).as("numbers compare by value, whatever their type").isTrue();
        assertThat(hides("=count = 2.5", "count", 2.5)).isTrue();
        assertThat(hides("=count = -1", "count", 1)).isFalse();
        assertThat(hides("=paid = true", "paid", true)).isTrue();
        assertThat(hides("=paid != false", "paid", false)).isFalse();
    }

    @Test
    void aBooleanFlagHidesOnlyWhenTrueAndItsNegationOnlyWhenFalse() {
        assertThat(hides("=needsVisual", "needsVisual", true)).isTrue();
        assertThat(hides("=needsVisual", "needsVisual", false)).isFalse();
        assertThat(hides("=needsVisual")).isFalse();
        assertThat(hides("=not(needsVisual)", "needsVisual", false)).isTrue();
        assertThat(hides("= not( needsVisual )", "needsVisual", true)).isFalse();
        // FEEL: not(null) is null, and form-js hides only on true
        assertThat(hides("=not(needsVisual)")).isFalse();
    }

    @Test
    void whatIsNotUnderstoodNeverHides() {
        assertThat(HideCondition.parse(null)).isEqualTo(HideCondition.NEVER);
        assertThat(HideCondition.parse("  ")).isEqualTo(HideCondition.NEVER);
        assertThat(HideCondition.parse("=a = \"x\" and b = \"y\"").understood()).isFalse();
        assertThat(HideCondition.parse("=not(flag").understood()).isFalse();
        assertThat(HideCondition.parse("=flag)").understood()).isFalse();
        assertThat(HideCondition.parse("reviewDecision = \"x\"").understood()).as("FEEL needs the leading =").isFalse();
        assertThat(hides("=a = \"x\" and b = \"y\"", "a", "x", "b", "y")).isFalse();
    }

    @Test
    void theRealReviewFormShowsTheCommentOnlyForARejection() throws Exception {
        FormSchema review = FormSchemaParserTest.real("content-review");
        FormField comment = review.field("reviewComment").orElseThrow();

        assertThat(review.isShown(comment, Map.of("reviewDecision", "reject"))).isTrue();
        assertThat(review.isShown(comment, Map.of("reviewDecision", "approve"))).isFalse();
        assertThat(review.isShown(review.field("reviewDecision").orElseThrow(), Map.of())).isTrue();
    }
}
