package io.engineroom.workflow.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.workflow.SopProblem;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** A Camunda Form is form-js JSON with an {@code id}, the name user tasks refer to it by. */
final class FormChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormChecks() {
    }

    /** The form's id, when it has one. */
    static Optional<String> formId(byte[] content) {
        try {
            JsonNode id = JSON.readTree(content).path("id");
            return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void check(String resource, byte[] content, List<SopProblem> problems) {
        JsonNode form;
        try {
            form = JSON.readTree(content);
        } catch (IOException e) {
            problems.add(new SopProblem(resource, null, "is not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
            return;
        }
        if (form == null || !form.isObject()) {
            problems.add(new SopProblem(resource, null, "is not a Camunda Form: not a JSON object"));
        } else if (formId(content).isEmpty()) {
            problems.add(new SopProblem(resource, null, "is not a Camunda Form: it has no \"id\""));
        }
    }
}
