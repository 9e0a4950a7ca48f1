package io.engineroom.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.audit.AuditExport;
import io.engineroom.audit.ExportFormat;
import io.engineroom.audit.ProcessHistory;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeSearch;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopChanges;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The History screen's SOP changes side: every change of an SOP the person may see (administrators all, others
 * their brands' own and the shared ones), newest first: who proposed it, what it changes, who reviewed it and when
 * it took effect. An administrator's emergency activation stands out with its reason; a row opens to the element
 * diff of each model. Read-only: a change moves only through its review (the change-review SOP) or an
 * administrator's emergency activation.
 */
@Route("history/sop-changes")
@PageTitle("SOP change history · Engine Room")
@RolesAllowed({Roles.AUDITOR, Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class SopChangesView extends VerticalLayout {

    static final String SHARED = "Shared";

    private final SopChanges changes;
    private final Map<String, String> brandNames;
    final SopChangeFilters filters;
    final Grid<SopChange> grid = new Grid<>();
    final ExportPanel export;
    private SopChangeSearch search = SopChangeSearch.ANY;

    public SopChangesView(SopChanges changes, ProcessHistory history, AuditExport exports, ExportRunner runner) {
        this.changes = changes;
        List<BrandSummary> brands = history.brands();
        this.brandNames = brands.stream().collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
        setSizeFull();
        filters = new SopChangeFilters(brands, this::searched);
        configureGrid();
        export = new ExportPanel(runner, List.of(
                new ExportPanel.Choice("history-sop-changes-export-xlsx", "Export to Excel", ExportFormat.XLSX,
                        "sop-changes.xlsx", () -> job(exports, search, ExportFormat.XLSX)),
                new ExportPanel.Choice("history-sop-changes-export-csv", "Export to CSV", ExportFormat.CSV,
                        "sop-changes.csv", () -> job(exports, search, ExportFormat.CSV))));
        Paragraph note = new Paragraph("Times are UTC. A brand runs its own version of an SOP when it has one, "
                + "else the shared version. Open a row for the element diff of each model; an export has one row "
                + "per model.");
        note.addClassName("er-note");
        add(new H2("History"), new HistoryTabs(HistoryTabs.Side.SOP_CHANGES), filters, note, export, grid);
        expand(grid);
    }

    private static ExportPanel.Job job(AuditExport exports, SopChangeSearch search, ExportFormat format) {
        return (out, progress) -> exports.sopChanges(search, format, out, progress);
    }

    private void configureGrid() {
        grid.setId("history-sop-changes-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(change -> AuditFormat.time(change.proposedAt())).setHeader("Proposed").setKey("proposed")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(SopChange::proposer).setHeader("Proposed by").setKey("proposedBy").setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(this::brand).setHeader("Brand").setKey("brand").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(change -> change.models().stream().map(SopChangeModel::label)
                .collect(Collectors.joining(", "))).setHeader("Models").setKey("models").setFlexGrow(2);
        grid.addComponentColumn(SopChangesView::status).setHeader("Status").setKey("status").setFlexGrow(2);
        grid.addColumn(change -> by(change.reviewedBy(), change.reviewedAt())).setHeader("Reviewed")
                .setKey("reviewed").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(change -> change.reviewComment() == null ? "" : change.reviewComment()).setHeader("Comment")
                .setKey("comment").setFlexGrow(1);
        grid.addColumn(change -> by(change.activatedBy(), change.activatedAt())).setHeader("Took effect")
                .setKey("effect").setWidth("12rem").setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(SopChangeDetails::new));
        grid.setItems(query -> changes.search(search, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, changes.count(search)));
    }

    private String brand(SopChange change) {
        return change.shared() ? SHARED : brandNames.getOrDefault(change.brandId(), change.brandId());
    }

    /** "2026-11-03 08:30 by alice", or nothing when it did not happen (yet). */
    private static String by(String who, Instant at) {
        if (at == null) {
            return "";
        }
        return AuditFormat.time(at) + (who == null ? "" : " by " + who);
    }

    /** The status as a badge; an emergency activation in the error colour, with the administrator's reason under it. */
    static Div status(SopChange change) {
        Span badge = new Span(change.status().label());
        badge.getElement().getThemeList().add(("badge " + theme(change.status())).strip());
        Div cell = new Div(badge);
        if (change.status() == SopChangeStatus.EMERGENCY) {
            badge.addClassName("history-sop-changes-emergency");
            Div reason = new Div("Reason: " + change.emergencyReason());
            reason.addClassNames("er-small", "er-pre-wrap", "er-error-text");
            cell.add(reason);
        }
        return cell;
    }

    private static String theme(SopChangeStatus status) {
        return switch (status) {
            case IN_REVIEW -> "contrast";
            case APPROVED, AT_ONCE -> "success";
            case REJECTED -> "";
            case EMERGENCY -> "error primary";
        };
    }

    private void searched(SopChangeSearch search) {
        this.search = search;
        grid.getDataProvider().refreshAll();
    }
}
