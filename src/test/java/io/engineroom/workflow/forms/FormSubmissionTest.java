package io.engineroom.workflow.forms;

import static io.engineroom.workflow.forms.FormSchemaParserTest.real;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checking entered values against the real forms' rules, and turning them into process variables. */
class FormSubmissionTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static FormSchema brief;
    static FormSchema copy;
    static FormSchema review;
    /** Engine Room's forms have no number field right now; form-js has one, so it is tested on its own. */
    static FormSchema counts = FormSchemaParser.parse("""
            {"components": [{"type": "number", "key": "channelVariants", "label": "Channel variants written",
              "decimalDigits": 0, "validate": {"min": 1, "max": 10}}]}""");

    @BeforeAll
    static void readForms() throws IOException {
        brief = real("content-brief");
        copy = real("content-copy");
        review = real("content-review");
    }

    static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    static String problem(FormSchema schema, String key, Object value) {
        return FormSubmission.problem(schema.field(key).orElseThrow(), value);
    }

    @Test
    void aCompleteBriefIsAccepted() {
        assertThat(FormSubmission.errors(brief, values("title", "Autumn launch", "objective", "awareness",
                "keyMessage", "Warm, light and made to last"))).isEmpty();
    }

    @Test
    void missingRequiredFieldsAreNamedByTheirLabelsInFormOrder() {
        assertThat(FormSubmission.errors(brief, values("title", "  ", "audience", ""))).containsExactly(
                entry("title", "Working title is required"),
                entry("objective", "Objective is required"),
                entry("keyMessage", "Key message is required"));
    }

    @Test
    void lengthsAreCountedOnTheTrimmedTextAsFormJsDoes() {
        assertThat(problem(brief, "title", "Ab")).isEqualTo("Working title needs at least 3 characters");
        assertThat(problem(brief, "title", "  Ab  ")).isEqualTo("Working title needs at least 3 characters");
        assertThat(problem(brief, "title", "Abc")).isNull();
        assertThat(problem(brief, "title", "x".repeat(120) + "   ")).isNull();
        assertThat(problem(brief, "title", "x".repeat(121))).isEqualTo("Working title allows at most 120 characters");
        assertThat(problem(brief, "audience", "y".repeat(201))).isEqualTo("Audience allows at most 200 characters");
    }

    @Test
    void aPatternIsSearchedInTheValueAndItsAnchorsHold() {
        assertThat(problem(copy, "hashtags", "#autumn #sale")).isNull();
        assertThat(problem(copy, "hashtags", "autumn #sale")).isEqualTo("Hashtags does not have the expected format");
        assertThat(problem(copy, "hashtags", "")).as("empty and optional").isNull();

        FormField unanchored = field("{\"type\": \"textfield\", \"key\": \"t\", \"validate\": {\"pattern\": \"[0-9]\"}}");
        assertThat(FormSubmission.problem(unanchored, "room 7")).isNull();
        FormField broken = field("{\"type\": \"textfield\", \"key\": \"t\", \"validate\": {\"pattern\": \"([\"}}");
        assertThat(FormSubmission.problem(broken, "anything")).as("a broken pattern does not block").isNull();
    }

    @Test
    void numbersMustBeWithinMinAndMaxAndHaveNoMoreDecimalsThanAllowed() {
        assertThat(problem(counts, "channelVariants", 0.0)).isEqualTo("Channel variants written must be at least 1");
        assertThat(problem(counts, "channelVariants", 11.0)).isEqualTo("Channel variants written must be at most 10");
        assertThat(problem(counts, "channelVariants", 10.0)).isNull();
        assertThat(problem(counts, "channelVariants", 2.5)).isEqualTo("Channel variants written must be a whole number");
        assertThat(problem(counts, "channelVariants", Double.NaN)).isEqualTo("Channel variants written is not a number");

        FormField price = field("{\"type\": \"number\", \"key\": \"price\", \"label\": \"Price\", \"decimalDigits\": 2}");
        assertThat(FormSubmission.problem(price, 9.99)).isNull();
        assertThat(FormSubmission.problem(price, 9.999)).isEqualTo("Price allows at most 2 decimal places");
        FormField free = field("{\"type\": \"number\", \"key\": \"n\"}");
        assertThat(FormSubmission.problem(free, 1.23456)).as("no decimalDigits, no limit").isNull();
    }

    @Test
    void aChoiceMustBeOneOfTheOptions() {
        assertThat(problem(brief, "objective", "traffic")).isNull();
        assertThat(problem(brief, "objective", "virality")).isEqualTo("Objective must be one of the listed options");
        assertThat(problem(review, "reviewDecision", "maybe")).isEqualTo("Decision must be one of the listed options");
    }

    @Test
    void aRequiredCheckboxMustBeTickedAndAnEmailLookLikeOne() {
        FormField consent = field("{\"type\": \"checkbox\", \"key\": \"ok\", \"label\": \"Agreed\", \"validate\": {\"required\": true}}");
        assertThat(FormSubmission.problem(consent, false)).isEqualTo("Agreed is required");
        assertThat(FormSubmission.problem(consent, true)).isNull();
        assertThat(problem(brief, "needsVisual", false)).as("optional checkbox").isNull();

        FormField email = field("{\"type\": \"textfield\", \"key\": \"mail\", \"validate\": {\"validationType\": \"email\"}}");
        assertThat(FormSubmission.problem(email, "ops@example.com")).isNull();
        assertThat(FormSubmission.problem(email, "ops at example")).isEqualTo("mail must be an e-mail address");
    }

    @Test
    void aHiddenRequiredFieldIsNotRequiredAndNotSubmitted() {
        assertThat(FormSubmission.errors(review, values("reviewDecision", "approve"))).isEmpty();
        assertThat(FormSubmission.variables(review, values("reviewDecision", "approve", "reviewComment", "stale"), BERLIN))
                .containsExactly(entry("reviewDecision", "approve"));

        assertThat(FormSubmission.errors(review, values("reviewDecision", "reject")))
                .containsExactly(entry("reviewComment", "What must change is required"));
        assertThat(FormSubmission.errors(review, values("reviewDecision", "reject", "reviewComment", "Shorter")))
                .isEmpty();
        assertThat(FormSubmission.errors(review, values())).containsOnlyKeys("reviewDecision");
    }

    @Test
    void readOnlyAndStaticFieldsAreNeverSubmittedOrChecked() {
        Map<String, Object> entered = values("keyMessage", "changed by hand", "caption", "x", "hashtags", "not tags",
                "reviewDecision", "reject", "reviewComment", "Needs a hook");

        assertThat(FormSubmission.errors(review, entered)).isEmpty();
        assertThat(FormSubmission.variables(review, entered, BERLIN)).containsOnlyKeys("reviewDecision", "reviewComment");
    }

    @Test
    void variablesAreTypedForTheEngine() {
        Map<String, Object> variables = FormSubmission.variables(copy, values("caption", "A caption long enough",
                "hashtags", "#a"), BERLIN);

        assertThat(variables).containsExactly(entry("caption", "A caption long enough"), entry("hashtags", "#a"));
        assertThat(FormSubmission.variables(brief, values("needsVisual", false), BERLIN))
                .containsExactly(entry("needsVisual", false));
        assertThat(FormSubmission.variables(counts, values("channelVariants", 3.0), BERLIN).get("channelVariants"))
                .isEqualTo(3L).isInstanceOf(Long.class);
        assertThat(variables).as("keys not entered are not submitted").doesNotContainKey("keyMessage");
    }

    @Test
    void numbersWithDecimalsStayDoublesAndMissingNumbersStayNull() {
        FormField price = field("{\"type\": \"number\", \"key\": \"price\", \"decimalDigits\": 2}");
        assertThat(FormSubmission.typed(price, 4, BERLIN)).isEqualTo(4.0);
        assertThat(FormSubmission.typed(price, null, BERLIN)).isNull();
    }

    @Test
    void datesBecomeJavaUtilDatesInThePersonsZoneAndTimesText() {
        LocalDateTime nineOClock = LocalDateTime.of(2026, 3, 30, 9, 0);
        Map<String, Object> variables = FormSubmission.variables(brief, values("title", "T", "publishAt", nineOClock),
                BERLIN);

        assertThat(variables.get("publishAt")).isInstanceOf(Date.class)
                .isEqualTo(Date.from(ZonedDateTime.of(nineOClock, BERLIN).toInstant()));
        assertThat(((Date) variables.get("publishAt")).toInstant()).hasToString("2026-03-30T07:00:00Z");

        FormField day = field("{\"type\": \"datetime\", \"subtype\": \"date\", \"key\": \"day\"}");
        assertThat(FormSubmission.typed(day, LocalDate.of(2026, 1, 5), BERLIN))
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 1, 5, 0, 0, 0, 0, BERLIN).toInstant()));
        FormField time = field("{\"type\": \"datetime\", \"subtype\": \"time\", \"key\": \"at\"}");
        assertThat(FormSubmission.typed(time, LocalTime.of(14, 30), BERLIN)).isEqualTo("14:30");
    }

    @Test
    void aKeyThatIsNotAnEditableFieldOfTheFormIsRefused() {
        assertThat(FormSubmission.undeclared(copy, values("caption", "Ours", "hashtags", "#autumn"))).isEmpty();
        assertThat(FormSubmission.undeclared(copy, values("caption", "Ours", "regulated", false,
                "keyMessage", "Changed"))).containsOnlyKeys("regulated", "keyMessage")
                .containsEntry("regulated", "'regulated' is not a field of this form");
    }

    @Test
    void aValueOfTheWrongKindForItsFieldIsRefused() {
        assertThat(problem(brief, "needsVisual", "yes")).contains("yes or no");
        assertThat(problem(brief, "needsVisual", true)).isNull();
        assertThat(problem(brief, "objective", 3)).contains("listed options");
        assertThat(problem(brief, "objective", "world domination")).contains("listed options");
        assertThat(problem(brief, "objective", "awareness")).isNull();
        assertThat(problem(brief, "audience", java.util.List.of("everyone"))).contains("must be text");
        assertThat(problem(brief, "publishAt", "tomorrow")).contains("date or time");
        assertThat(problem(brief, "publishAt", LocalDateTime.of(2031, 1, 1, 9, 0))).isNull();
        assertThat(FormSubmission.problem(counts.fields().get(0), "3")).contains("must be a number");
    }

    private static FormField field(String componentJson) {
        return FormSchemaParser.parse("{\"components\": [" + componentJson + "]}").fields().get(0);
    }
}
