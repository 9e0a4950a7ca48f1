package io.engineroom.workflow.sop;

import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.ElementChange.Kind;
import io.engineroom.workflow.sop.ModelElements.ModelElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.model.xml.ModelException;

/**
 * What differs between two versions of one BPMN or DMN model, element by element (see {@link ModelElements}):
 * moving shapes in Camunda Modeler is no change, renaming a task, giving it another candidate group, form, timer
 * or delegate, or reconnecting its flows is.
 */
public final class ModelDiff {

    private static final int SHOWN_VALUE_LENGTH = 160;

    private ModelDiff() {
    }

    /**
     * The changes from {@code before} to {@code after}: removed elements first, then changed, then added, each in
     * the order of their model. {@code resourceName} tells BPMN from DMN ({@code .dmn}).
     *
     * @throws ModelException when either is not a readable model
     */
    public static List<ElementChange> between(String resourceName, byte[] before, byte[] after) {
        Map<String, ModelElement> old = ModelElements.read(resourceName, before);
        Map<String, ModelElement> now = ModelElements.read(resourceName, after);
        List<ElementChange> removed = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        List<ElementChange> added = new ArrayList<>();
        old.forEach((id, element) -> {
            ModelElement newer = now.get(id);
            if (newer == null) {
                removed.add(change(element, Kind.REMOVED, List.of()));
                return;
            }
            List<String> details = differences(element, newer);
            if (!details.isEmpty()) {
                changed.add(change(newer, Kind.CHANGED, details));
            }
        });
        now.forEach((id, element) -> {
            if (!old.containsKey(id)) {
                added.add(change(element, Kind.ADDED, List.of()));
            }
        });
        List<ElementChange> all = new ArrayList<>(removed);
        all.addAll(changed);
        all.addAll(added);
        return all;
    }

    private static List<String> differences(ModelElement before, ModelElement after) {
        List<String> details = new ArrayList<>();
        if (!before.type().equals(after.type())) {
            details.add("type: " + before.type() + " → " + after.type());
        }
        TreeSet<String> keys = new TreeSet<>(before.properties().keySet());
        keys.addAll(after.properties().keySet());
        for (String key : keys) {
            String was = before.properties().get(key);
            String is = after.properties().get(key);
            if (!Objects.equals(was, is)) {
                details.add(key + ": " + shown(was) + " → " + shown(is));
            }
        }
        return details;
    }

    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() > SHOWN_VALUE_LENGTH ? value.substring(0, SHOWN_VALUE_LENGTH) + "…" : value;
    }

    private static ElementChange change(ModelElement element, Kind kind, List<String> details) {
        return new ElementChange(element.id(), element.type(), element.name(), kind, details);
    }
}
