package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.engineroom.workflow.forms.FieldType;
import io.engineroom.workflow.forms.FormField;
import io.engineroom.workflow.forms.FormSchema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

/**
 * Builds Vaadin fields for a Camunda Form: textfield, textarea, number, checkbox, select, radio, datetime and
 * static text. Values come from the process variables of the same key, else the form's default. Text is
 * always set as text, never as HTML.
 */
final class FormRenderer {

    private FormRenderer() {
    }

    static RenderedForm render(FormSchema schema, Map<String, Object> variables, ZoneId zone) {
        RenderedForm form = new RenderedForm(schema, variables);
        for (FormField field : schema.fields()) {
            Object value = variables.containsKey(field.key()) ? variables.get(field.key()) : field.defaultValue();
            form.add(field, component(field, value, zone));
        }
        form.refreshVisibility();
        return form;
    }

    private static Component component(FormField field, Object value, ZoneId zone) {
        if (!FieldType.isSupported(field.type())) {
            return new Span("This form has a '" + field.type() + "' field, which Engine Room does not show yet.");
        }
        Component component = switch (field.type()) {
            case FieldType.TEXT -> new Paragraph(field.text() == null ? "" : field.text());
            case FieldType.TEXTAREA -> lazy(withValue(new TextArea(field.labelOrKey()), text(value)));
            case FieldType.NUMBER -> number(field, value);
            case FieldType.CHECKBOX -> withValue(new Checkbox(field.labelOrKey()), Boolean.TRUE.equals(value));
            case FieldType.SELECT -> select(field, value);
            case FieldType.RADIO -> radio(field, value);
            case FieldType.DATETIME -> dateTime(field, value, zone);
            default -> lazy(withValue(new TextField(field.labelOrKey()), text(value)));
        };
        if (field.key() != null) {
            component.setId("field-" + field.key());
        }
        if (component instanceof HasValue<?, ?> input) {
            input.setReadOnly(field.readonly());
            input.setRequiredIndicatorVisible(field.validation().required() && !field.readonly());
        }
        if (field.description() != null && component instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(field.description());
        }
        return component;
    }

    /** Checks as the person types (after a short pause), so a fixed mistake stops being marked at once. */
    private static <C extends HasValueChangeMode> C lazy(C field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    private static NumberField number(FormField field, Object value) {
        NumberField number = new NumberField(field.labelOrKey());
        if (Integer.valueOf(0).equals(field.decimalDigits())) {
            number.setStep(1);
        }
        return withValue(number, value instanceof Number n ? n.doubleValue() : null);
    }

    private static Select<String> select(FormField field, Object value) {
        Select<String> select = new Select<>();
        select.setLabel(field.labelOrKey());
        select.setItems(field.options().stream().map(FormField.Option::value).toList());
        select.setItemLabelGenerator(option -> label(field, option));
        select.setEmptySelectionAllowed(!field.validation().required());
        return withValue(select, value == null ? null : value.toString());
    }

    private static RadioButtonGroup<String> radio(FormField field, Object value) {
        RadioButtonGroup<String> radio = new RadioButtonGroup<>(field.labelOrKey());
        radio.setItems(field.options().stream().map(FormField.Option::value).toList());
        radio.setItemLabelGenerator(option -> label(field, option));
        return withValue(radio, value == null ? null : value.toString());
    }

    private static Component dateTime(FormField field, Object value, ZoneId zone) {
        LocalDateTime current = value instanceof Date date ? LocalDateTime.ofInstant(date.toInstant(), zone)
                : value instanceof String text && !text.isBlank() ? parse(text) : null;
        return switch (field.subtype() == null ? "datetime" : field.subtype()) {
            case "date" -> withValue(new DatePicker(field.labelOrKey()), current == null ? null : current.toLocalDate());
            case "time" -> withValue(new TimePicker(field.labelOrKey()),
                    value instanceof String text && !text.isBlank() ? LocalTime.parse(text) : null);
            default -> withValue(new DateTimePicker(field.labelOrKey()), current);
        };
    }

    private static LocalDateTime parse(String text) {
        return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
    }

    private static String label(FormField field, String value) {
        return field.options().stream().filter(option -> option.value().equals(value))
                .map(FormField.Option::label).findFirst().orElse(value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static <V, C extends HasValue<?, V>> C withValue(C component, V value) {
        if (value != null) {
            component.setValue(value);
        }
        return component;
    }
}
