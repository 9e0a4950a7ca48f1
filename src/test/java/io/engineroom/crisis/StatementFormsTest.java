package io.engineroom.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.Platform;
import io.engineroom.workflow.forms.FormField;
import io.engineroom.workflow.forms.FormSchema;
import io.engineroom.workflow.forms.FormSchemaParser;
import io.engineroom.workflow.forms.FormSubmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The draft and sign-off forms as Modeler edits them: what they ask for and what they refuse. */
class StatementFormsTest {

    @Test
    void aDraftFitsEveryPlatformAStatementCanGoTo() throws Exception {
        FormSchema draft = form("holding-statement");
        FormField statement = draft.field("statement").orElseThrow();
        int shortest = Arrays.stream(Platform.values()).mapToInt(Platform::maxLength).min().orElseThrow();

        assertThat(draft.id()).isEqualTo("holding-statement");
        assertThat(statement.type()).isEqualTo("textarea");
        assertThat(statement.validation().required()).isTrue();
        assertThat(statement.validation().minLength()).isEqualTo(20);
        assertThat(statement.validation().maxLength()).isEqualTo(shortest);
        assertThat(draft.field("title").orElseThrow().readonly()).isTrue();
        assertThat(FormSubmission.errors(draft, Map.of("statement", "x".repeat(shortest + 1))))
                .containsOnlyKeys("statement");
        assertThat(FormSubmission.errors(draft, Map.of("statement", "We are looking into it right now.")))
                .isEmpty();
    }

    @Test
    void aSignOffRejectionNeedsACommentAndAnApprovalSubmitsNone() throws Exception {
        FormSchema signOff = form("statement-sign-off");

        assertThat(signOff.field("statement").orElseThrow().readonly()).isTrue();
        assertThat(signOff.field("signOff").orElseThrow().options()).extracting(FormField.Option::value)
                .containsExactly("approve", "reject");
        assertThat(FormSubmission.errors(signOff, Map.of("signOff", "reject"))).containsOnlyKeys("signOffComment");
        assertThat(FormSubmission.errors(signOff, Map.of())).containsOnlyKeys("signOff");
        assertThat(FormSubmission.variables(signOff, Map.of("signOff", "approve", "signOffComment", "left over"),
                java.time.ZoneOffset.UTC)).containsExactly(Map.entry("signOff", "approve"));
    }

    private static FormSchema form(String name) throws Exception {
        return FormSchemaParser.parse(Files.readString(Path.of("forms", name + ".form")));
    }
}
