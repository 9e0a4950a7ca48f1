package io.engineroom.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No shipped form lets a person submit a value that a later step decides on but that is not theirs to give: the
 * brand's rules, the record an instance acts on, who wrote or approved what, what a step worked out. Those are read
 * from Engine Room's records or from history; a form field with the same key would still put a lying value where
 * a model or a report might read it.
 */
class FormKeysTest {

    /** Variables the SOPs set or read as facts, never as a person's answer. */
    static final Set<String> FACTS = Set.of("regulated", "clientSignOffRequired", "approvalStages", "contentAuthors",
            "brand", "brandId", "contentItemId", "incidentId", "interactionId", "reportId", "legalApproved",
            "executiveApproved", "legalApprover", "executiveApprover", "frozenByCrisis", "publishingFrozen",
            "respondedBy", "resolvedBy", "crisisLead", "copyToDo", "visualToDo", "channelsByHand",
            "channelsToVerify", "allPublished", "replyDelivered", "reportApproved", "severity", "approvalLeadHours",
            "policy", "queue", "slaDue", "supportDue", "ladder", "rung", "noticeTo", "channelId");

    @Test
    void noShippedFormHasAnEditableFieldNamedLikeAFactTheSopsDecideOn() throws IOException {
        List<String> clashes = new ArrayList<>();
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
        }
        for (Path form : forms) {
            for (FormField field : FormSchemaParser.parse(Files.readString(form)).fields()) {
                if (field.isSubmitted() && FACTS.contains(field.key())) {
                    clashes.add(form.getFileName() + ": " + field.key());
                }
            }
        }

        assertThat(forms).hasSizeGreaterThan(10);
        assertThat(clashes).isEmpty();
    }

    @Test
    void aFormWithSuchAFieldWouldBeFound() {
        FormSchema lying = FormSchemaParser.parse("""
                {"components": [{"type": "checkbox", "key": "regulated", "label": "Regulated"}]}""");
        assertThat(lying.fields()).anyMatch(field -> field.isSubmitted() && FACTS.contains(field.key()));
    }
}
