package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopChanges;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The recent SOP changes the person sees on the SOPs screen: when, for which brand, who proposed which models, where
 * each stands. An emergency activation carries a red badge with its reason, so it cannot pass unnoticed; an
 * administrator may activate a change in review (or rejected) at once from here, with a written reason.
 */
class SopChangesGrid extends Grid<SopChange> {

    /** How many changes the screen lists; older ones are in the history. */
    static final int RECENT = 50;

    private final SopChanges changes;
    private final boolean mayActivate;
    private final Runnable activated;

    /**
     * @param mayActivate whether the person is an administrator (the service checks again)
     * @param brandName   a brand's name by its id
     * @param activated   run after an emergency activation, so the screen reads the SOPs again
     */
    SopChangesGrid(SopChanges changes, boolean mayActivate, Function<String, String> brandName, Runnable activated) {
        this.changes = changes;
        this.mayActivate = mayActivate;
        this.activated = activated;
        setId("sops-changes");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(change -> SopsView.DEPLOYED.format(change.proposedAt())).setHeader("When").setKey("when")
                .setWidth("10rem").setFlexGrow(0);
        addColumn(change -> change.shared() ? "Shared" : brandName.apply(change.brandId())).setHeader("Brand")
                .setKey("brand").setWidth("10rem").setFlexGrow(0);
        addColumn(SopChange::proposer).setHeader("Proposed by").setKey("proposer");
        addColumn(SopChangesGrid::models).setHeader("Models").setKey("models").setFlexGrow(2);
        addComponentColumn(SopChangesGrid::status).setHeader("Status").setKey("status").setWidth("16rem")
                .setFlexGrow(0);
        addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("10rem").setFlexGrow(0);
        setAllRowsVisible(true);
    }

    /** Reads the recent changes again. */
    void refresh() {
        setItems(changes.list(0, RECENT));
    }

    static String models(SopChange change) {
        return change.models().stream().map(SopChangeModel::label).collect(Collectors.joining(", "));
    }

    /** The status badge; an emergency activation red, with who activated it and why. */
    static Span status(SopChange change) {
        SopChangeStatus status = change.status();
        Span badge = new Span(status.label());
        badge.setId("sops-change-status-" + change.id());
        badge.getElement().getThemeList().add(switch (status) {
            case IN_REVIEW -> "badge";
            case APPROVED, AT_ONCE -> "badge success";
            case REJECTED -> "badge contrast";
            case EMERGENCY -> "badge error primary";
        });
        String details = switch (status) {
            case IN_REVIEW, AT_ONCE -> null;
            case APPROVED -> "Approved by " + change.reviewedBy();
            case REJECTED -> "Rejected by " + change.reviewedBy() + ": " + change.reviewComment();
            case EMERGENCY -> "Activated by " + change.activatedBy() + " without review: " + change.emergencyReason();
        };
        if (details != null) {
            badge.getElement().setAttribute("title", details);
        }
        return badge;
    }

    private Component actions(SopChange change) {
        if (!mayActivate || change.status().live()) {
            return new Span();
        }
        Button activate = new Button("Activate now", click -> new SopActivateDialog(changes, change, () -> {
            refresh();
            activated.run();
        }).open());
        activate.setId("sops-change-activate-" + change.id());
        activate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return activate;
    }

    List<SopChange> shown() {
        return getListDataView().getItems().toList();
    }
}
