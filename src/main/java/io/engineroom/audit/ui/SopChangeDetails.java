package io.engineroom.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeStatus;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One SOP change opened in the list: where it came from, the emergency reason if an administrator activated it
 * without review, and per model the element diff against the version it replaces (as computed when it was proposed:
 * what the reviewer was shown).
 */
class SopChangeDetails extends VerticalLayout {

    SopChangeDetails(SopChange change) {
        addClassName("history-sop-changes-details");
        setPadding(false);
        setSpacing(false);
        Div origin = new Div("Deployment " + change.deploymentId()
                + (change.source() == null ? "" : " from " + change.source()));
        origin.addClassName("er-note");
        add(origin);
        if (change.status() == SopChangeStatus.EMERGENCY) {
            Div reason = new Div("Activated without review by " + change.activatedBy() + ": "
                    + change.emergencyReason());
            reason.addClassNames("er-alert", "er-pre-wrap");
            add(reason);
        }
        if (change.models().isEmpty()) {
            add(new Div("No model recorded"));
        }
        for (SopChangeModel model : change.models()) {
            Span title = new Span(model.label() + " · " + model.kind().label() + " · " + summary(model));
            title.addClassName("er-strong");
            add(title);
            if (!model.changes().isEmpty()) {
                add(elements(model));
            }
        }
    }

    /** "2 changed, 1 added", or that nothing but the layout differs. */
    static String summary(SopChangeModel model) {
        if (model.replacesVersion() == null) {
            return "a new SOP here, nothing to compare with";
        }
        if (model.changes().isEmpty()) {
            return "no element differs (the diagram's layout may)";
        }
        return Arrays.stream(ElementChange.Kind.values())
                .map(kind -> model.changes().stream().filter(element -> element.kind() == kind).count() + " "
                        + kind.label())
                .filter(text -> !text.startsWith("0 ")).collect(Collectors.joining(", "));
    }

    private static Grid<ElementChange> elements(SopChangeModel model) {
        Grid<ElementChange> grid = new Grid<>();
        grid.addClassName("history-sop-changes-diff");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(element -> element.kind().label()).setHeader("Change").setKey("kind").setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(ElementChange::elementId).setHeader("Element").setKey("element").setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(ElementChange::type).setHeader("Type").setKey("type").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(element -> element.name() == null ? "" : element.name()).setHeader("Name").setKey("name")
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(element -> String.join("\n", element.details())).setHeader("What changed")
                .setKey("details").setFlexGrow(1);
        grid.setItems(model.changes());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
