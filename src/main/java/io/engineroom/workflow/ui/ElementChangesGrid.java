package io.engineroom.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.engineroom.workflow.ElementChange;
import java.util.List;

/** The element changes of a diff or a drift: what happened, to which element (id, type, name), and what changed. */
class ElementChangesGrid extends Grid<ElementChange> {

    ElementChangesGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(change -> change.kind().label()).setHeader("Change").setKey("kind").setWidth("7rem")
                .setFlexGrow(0);
        addColumn(ElementChange::elementId).setHeader("Element").setKey("element").setWidth("12rem").setFlexGrow(0);
        addColumn(ElementChange::type).setHeader("Type").setKey("type").setWidth("9rem").setFlexGrow(0);
        addColumn(change -> change.name() == null ? "" : change.name()).setHeader("Name").setKey("name")
                .setWidth("12rem").setFlexGrow(0);
        addColumn(change -> String.join("\n", change.details())).setHeader("What changed").setKey("details");
        setAllRowsVisible(true);
    }

    /** Shows the changes; a one-line summary such as "1 added, 2 changed" or that the elements are equal. */
    String show(List<ElementChange> changes) {
        setItems(changes);
        setVisible(!changes.isEmpty());
        return summary(changes);
    }

    static String summary(List<ElementChange> changes) {
        if (changes.isEmpty()) {
            return "No element differs (the diagram's layout may)";
        }
        StringBuilder summary = new StringBuilder();
        for (ElementChange.Kind kind : ElementChange.Kind.values()) {
            long count = changes.stream().filter(change -> change.kind() == kind).count();
            if (count > 0) {
                summary.append(summary.isEmpty() ? "" : ", ").append(count).append(' ').append(kind.label());
            }
        }
        return summary.toString();
    }
}
