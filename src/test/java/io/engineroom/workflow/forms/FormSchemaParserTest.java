package io.engineroom.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Camunda Forms: the real ones in forms/, and the form-js shapes they do not use yet. */
class FormSchemaParserTest {

    static FormSchema real(String name) throws IOException {
        return FormSchemaParser.parse(Files.readString(Path.of("forms", name + ".form")));
    }

    @Test
    void theBriefFormHasItsFieldsInOrderWithTheirRules() throws IOException {
        FormSchema brief = real("content-brief");

        assertThat(brief.id()).isEqualTo("content-brief");
        assertThat(brief.fields()).extracting(FormField::id)
                .containsExactly("BriefIntro", "Title", "Objective", "Audience", "KeyMessage", "PublishAt",
                        "NeedsVisual", "PaidPromotion");
        assertThat(brief.fields().get(0).type()).isEqualTo(FieldType.TEXT);
        assertThat(brief.fields().get(0).text()).startsWith("Say what this piece must achieve");
        assertThat(brief.fields().get(0).isInput()).isFalse();

        FormField title = brief.field("title").orElseThrow();
        assertThat(title.label()).isEqualTo("Working title");
        assertThat(title.validation()).isEqualTo(new FieldValidation(true, 3, 120, null, null, null, null));
        assertThat(title.isSubmitted()).isTrue();

        assertThat(brief.field("objective").orElseThrow().options()).containsExactly(
                new FormField.Option("Awareness", "awareness"), new FormField.Option("Engagement", "engagement"),
                new FormField.Option("Traffic", "traffic"), new FormField.Option("Leads", "leads"));
        assertThat(brief.field("audience").orElseThrow().validation().required()).isFalse();

        FormField publishAt = brief.field("publishAt").orElseThrow();
        assertThat(publishAt.type()).isEqualTo(FieldType.DATETIME);
        assertThat(publishAt.subtype()).isEqualTo("datetime");
        assertThat(publishAt.validation()).isEqualTo(FieldValidation.NONE);
    }

    @Test
    void theCopyFormHasReadOnlyContextAConditionalCommentAndNumbersHaveTypedDefaults() throws IOException {
        FormSchema copy = real("content-copy");

        assertThat(copy.fields()).extracting(FormField::key)
                .containsExactly(null, "keyMessage", "reviewComment", "caption", "hashtags");
        FormField comment = copy.field("reviewComment").orElseThrow();
        assertThat(comment.readonly()).isTrue();
        assertThat(comment.isInput()).isTrue();
        assertThat(comment.isSubmitted()).isFalse();
        assertThat(comment.hideIf()).isEqualTo("=reviewDecision != \"reject\"");

        assertThat(copy.field("hashtags").orElseThrow().validation().pattern()).isEqualTo("^(#\\w+\\s*)*$");
        assertThat(copy.field("hashtags").orElseThrow().description()).isEqualTo("Space-separated, each starting with #");
        assertThat(real("content-brief").field("needsVisual").orElseThrow().type()).isEqualTo(FieldType.CHECKBOX);

        FormField variants = FormSchemaParser.parse("""
                {"components": [{"type": "number", "key": "channelVariants", "label": "Channel variants written",
                  "decimalDigits": 0, "defaultValue": 1, "validate": {"min": 1, "max": 10}}]}""")
                .field("channelVariants").orElseThrow();
        assertThat(variants.decimalDigits()).isZero();
        assertThat(variants.defaultValue()).isEqualTo(1);
        assertThat(variants.validation().min()).isEqualTo(1.0);
        assertThat(variants.validation().max()).isEqualTo(10.0);
    }

    @Test
    void theReviewFormAsksForADecisionAndACommentAndWhoReworksItOnlyOnRejection() throws IOException {
        FormSchema review = real("content-review");

        assertThat(review.fields()).filteredOn(FormField::isSubmitted).extracting(FormField::key)
                .containsExactly("reviewDecision", "reviewComment", "returnTo");
        assertThat(review.field("returnTo").orElseThrow().hideIf()).isEqualTo("=reviewDecision != \"reject\"");
        FormField decision = review.field("reviewDecision").orElseThrow();
        assertThat(decision.type()).isEqualTo(FieldType.RADIO);
        assertThat(decision.options()).extracting(FormField.Option::value).containsExactly("approve", "reject");
        FormField comment = review.field("reviewComment").orElseThrow();
        assertThat(comment.validation()).isEqualTo(new FieldValidation(true, 5, 2000, null, null, null, null));
        assertThat(comment.hideIf()).isEqualTo("=reviewDecision != \"reject\"");
    }

    @Test
    void groupsAreFlattenedAndLayoutComponentsLeftOut() {
        FormSchema schema = FormSchemaParser.parse("""
                {"id": "f", "components": [
                  {"type": "spacer"}, {"type": "separator"}, {"type": "button", "label": "Submit"},
                  {"type": "group", "components": [
                    {"id": "A", "type": "textfield", "key": "a", "disabled": true},
                    {"type": "dynamiclist", "components": [{"id": "B", "type": "number", "key": "b"}]}
                  ]},
                  {"id": "C", "type": "checkbox", "key": "c"}
                ]}""");

        assertThat(schema.fields()).extracting(FormField::id).containsExactly("A", "B", "C");
        assertThat(schema.field("a").orElseThrow().readonly()).as("disabled counts as read-only").isTrue();
        assertThat(schema.field("c").orElseThrow().options()).isEmpty();
    }

    @Test
    void aDatetimeFieldFromModelerIsLabelledByItsDateOrTimeLabel() {
        FormSchema schema = FormSchemaParser.parse("""
                {"components": [
                  {"type": "datetime", "key": "day", "subtype": "date", "dateLabel": "Publish on"},
                  {"type": "datetime", "key": "at", "subtype": "time", "timeLabel": "Publish at"},
                  {"type": "datetime", "key": "both", "subtype": "datetime", "dateLabel": "Date", "timeLabel": "Time"}
                ]}""");

        assertThat(schema.fields()).extracting(FormField::labelOrKey)
                .containsExactly("Publish on", "Publish at", "Date");
    }

    @Test
    void anOptionWithoutALabelShowsItsValue() {
        FormSchema schema = FormSchemaParser.parse("""
                {"components": [{"type": "select", "key": "s", "values": [{"value": "x"}]}]}""");

        assertThat(schema.field("s").orElseThrow().options()).isEqualTo(List.of(new FormField.Option("x", "x")));
    }

    @Test
    void somethingThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> FormSchemaParser.parse("<form/>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a Camunda Form");
    }
}
