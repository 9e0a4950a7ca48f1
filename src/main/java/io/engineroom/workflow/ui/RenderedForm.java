package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import io.engineroom.workflow.forms.FormField;
import io.engineroom.workflow.forms.FormSchema;
import io.engineroom.workflow.forms.FormSubmission;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Camunda Form shown as Vaadin fields: reads the entered values and shows problems next to each field. */
class RenderedForm extends FormLayout {

    private final FormSchema schema;
    private final Map<String, Object> variables;
    private final Map<FormField, Component> components = new LinkedHashMap<>();

    RenderedForm(FormSchema schema, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables;
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setMaxWidth("48em");
        setId("task-form");
    }

    void add(FormField field, Component component) {
        components.put(field, component);
        add(component);
        if (component instanceof HasValue<?, ?> input && field.isSubmitted()) {
            input.addValueChangeListener(change -> {
                showProblem(field, FormSubmission.problem(field, change.getValue()));
                refreshVisibility();
            });
        }
    }

    /** Entered values by key; read-only fields carry the process's current values (conditions read them). */
    Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>(variables);
        components.forEach((field, component) -> {
            if (field.isInput() && component instanceof HasValue<?, ?> input) {
                values.put(field.key(), input.getValue());
            }
        });
        return values;
    }

    /** What the person entered: the form's editable fields only, which is all a completion may set. */
    Map<String, Object> submitted() {
        Map<String, Object> values = new HashMap<>();
        components.forEach((field, component) -> {
            if (field.isSubmitted() && component instanceof HasValue<?, ?> input) {
                values.put(field.key(), input.getValue());
            }
        });
        return values;
    }

    void showErrors(Map<String, String> errors) {
        components.keySet().stream().filter(FormField::isSubmitted)
                .forEach(field -> showProblem(field, errors.get(field.key())));
    }

    void refreshVisibility() {
        Map<String, Object> values = values();
        components.forEach((field, component) -> component.setVisible(schema.isShown(field, values)));
    }

    private void showProblem(FormField field, String problem) {
        if (components.get(field) instanceof HasValidation validated && !field.readonly()) {
            validated.setErrorMessage(problem);
            validated.setInvalid(problem != null);
        }
    }

}
