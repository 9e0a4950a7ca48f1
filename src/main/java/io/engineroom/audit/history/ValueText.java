package io.engineroom.audit.history;

import java.util.Date;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A recorded variable value as text for people to read. Objects are shown as stored (not deserialized: the
 * history must stay readable even when a class changed since), dates as ISO-8601 instants.
 */
public final class ValueText {

    private ValueText() {
    }

    public static String of(HistoricVariableUpdate update) {
        if (update.getErrorMessage() != null) {
            return "(unreadable: " + update.getErrorMessage() + ")";
        }
        TypedValue typed = update.getTypedValue();
        if (typed == null || typed.getValue() == null && !(typed instanceof ObjectValue)) {
            return null;
        }
        if (typed instanceof ObjectValue object && !object.isDeserialized()) {
            return object.getValueSerialized();
        }
        Object value = typed.getValue();
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        return value.toString();
    }
}
