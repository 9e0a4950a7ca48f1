package io.engineroom.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.audit.AdminChangeEntry;
import io.engineroom.audit.AdminChangeLog;
import io.engineroom.audit.AdminChangeSearch;
import io.engineroom.audit.AuditExport;
import io.engineroom.audit.ExportFormat;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The History screen's Administration side: every administrative change the person may see (brands, channels,
 * people, credentials, policies), newest first, with each field's value before and after. Read-only: the record is
 * written by the services that make the changes, and nobody can edit or delete it.
 */
@Route("history/administration")
@PageTitle("Administration history · Engine Room")
@RolesAllowed({Roles.AUDITOR, Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class AdminChangesView extends VerticalLayout {

    private final AdminChangeLog log;
    private final Map<String, String> brandNames;
    final AdminChangeFilters filters;
    final Grid<AdminChangeEntry> grid = new Grid<>();
    final ExportPanel export;
    private AdminChangeSearch search = AdminChangeSearch.ANY;

    public AdminChangesView(AdminChangeLog log, AuditExport exports, ExportRunner runner) {
        this.log = log;
        List<BrandSummary> brands = log.brands();
        this.brandNames = brands.stream().collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
        setSizeFull();
        filters = new AdminChangeFilters(brands, log.areas(), this::searched);
        configureGrid();
        export = new ExportPanel(runner, List.of(
                new ExportPanel.Choice("admin-changes-export-xlsx", "Export to Excel", ExportFormat.XLSX,
                        "administration.xlsx", () -> job(exports, search, ExportFormat.XLSX)),
                new ExportPanel.Choice("admin-changes-export-csv", "Export to CSV", ExportFormat.CSV,
                        "administration.csv", () -> job(exports, search, ExportFormat.CSV))));
        Paragraph note = new Paragraph("Times are UTC. Each change is recorded with the change itself; nobody can "
                + "edit or delete the record. Secrets are never shown, only that they were issued, rotated or "
                + "revoked.");
        note.addClassName("er-note");
        add(new H2("History"), new HistoryTabs(HistoryTabs.Side.ADMINISTRATION), filters, note, export, grid);
        expand(grid);
    }

    private static ExportPanel.Job job(AuditExport exports, AdminChangeSearch search, ExportFormat format) {
        return (out, progress) -> exports.adminChanges(search, format, out, progress);
    }

    private void configureGrid() {
        grid.setId("admin-changes-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(change -> AuditFormat.time(change.at())).setHeader("When").setKey("when").setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(AdminChangeEntry::actor).setHeader("Who").setKey("who").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(change -> change.brandId() == null ? ""
                : brandNames.getOrDefault(change.brandId(), change.brandId())).setHeader("Brand").setKey("brand")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(AdminChangeEntry::area).setHeader("Area").setKey("area").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(AdminChangeEntry::subject).setHeader("Subject").setKey("subject").setFlexGrow(1);
        grid.addColumn(AdminChangeEntry::action).setHeader("Action").setKey("action").setFlexGrow(1);
        grid.addComponentColumn(AdminChangesView::changes).setHeader("Before → after").setKey("changes")
                .setFlexGrow(3);
        grid.setItems(query -> log.search(search, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(search)));
    }

    /** One line per field: "Time zone: Europe/Berlin → Europe/Vienna". */
    private static Div changes(AdminChangeEntry change) {
        Div lines = new Div();
        change.fields().forEach(field -> lines.add(new Div(field.text())));
        return lines;
    }

    private void searched(AdminChangeSearch search) {
        this.search = search;
        grid.getDataProvider().refreshAll();
    }
}
