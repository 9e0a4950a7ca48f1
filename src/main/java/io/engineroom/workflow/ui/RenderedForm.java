package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskFieldAssist;
import io.engineroom.workflow.forms.FormField;
import io.engineroom.workflow.forms.FormSchema;
import io.engineroom.workflow.forms.FormSubmission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Camunda Form shown as Vaadin fields: reads the entered values and shows problems next to each field. */
class RenderedForm extends FormLayout {

    private final FormSchema schema;
    private final Map<String, Object> variables;
    private final Map<FormField, Component> components = new LinkedHashMap<>();
    /** Helpers other capabilities put beside a field: shown and hidden with it. */
    private final Map<FormField, List<Component>> besides = new HashMap<>();

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

    /** Offers each editable text field to the helpers; what one returns goes right below its field. */
    void assist(TaskDetails task, List<TaskFieldAssist> assists) {
        for (Map.Entry<FormField, Component> entry : new ArrayList<>(components.entrySet())) {
            FormField field = entry.getKey();
            if (!field.isSubmitted() || field.readonly()) {
                continue;
            }
            HasValue<?, String> text = textOf(entry.getValue());
            if (text == null) {
                continue;
            }
            TaskFieldAssist.FormText access = new TaskFieldAssist.FormText() {
                @Override
                public String value() {
                    return text.getValue();
                }

                @Override
                public void fill(String value) {
                    text.setValue(value == null ? "" : value);
                }
            };
            for (TaskFieldAssist assist : assists) {
                assist.besideField(task, field.key(), access).ifPresent(helper -> {
                    int at = getElement().indexOfChild(entry.getValue().getElement()) + 1
                            + besides.getOrDefault(field, List.of()).size();
                    addComponentAtIndex(at, helper);
                    besides.computeIfAbsent(field, key -> new ArrayList<>()).add(helper);
                });
            }
        }
        refreshVisibility();
    }

    private static HasValue<?, String> textOf(Component component) {
        if (component instanceof TextArea area) {
            return area;
        }
        return component instanceof TextField field ? field : null;
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
        components.forEach((field, component) -> {
            boolean shown = schema.isShown(field, values);
            component.setVisible(shown);
            besides.getOrDefault(field, List.of()).forEach(helper -> helper.setVisible(shown));
        });
    }

    private void showProblem(FormField field, String problem) {
        if (components.get(field) instanceof HasValidation validated && !field.readonly()) {
            validated.setErrorMessage(problem);
            validated.setInvalid(problem != null);
        }
    }

}
