package io.engineroom.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.engineroom.audit.AuditExport;
import io.engineroom.audit.ExportFormat;
import io.engineroom.audit.HistorySearch;
import io.engineroom.audit.InstanceSummary;
import io.engineroom.audit.ProcessHistory;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * History for auditors: SOP instances, finished and running, by brand, SOP, business record, person, date and
 * outcome, a page at a time; each row opens the instance's page. Read-only: nothing here changes anything.
 * The filters are {@link HistoryFilters}, the exports {@link ExportPanel}; the tab beside it,
 * {@link AdminChangesView}, lists the administrative changes.
 */
@Route("history")
@PageTitle("History · Engine Room")
@Menu(title = "History", order = 7)
@RolesAllowed({Roles.AUDITOR, Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class HistoryView extends VerticalLayout {

    private final ProcessHistory history;
    private final Map<String, String> brandNames;
    final HistoryFilters filters;
    final Grid<InstanceSummary> grid = new Grid<>();
    final ExportPanel export;
    private HistorySearch search = HistorySearch.ANY;

    public HistoryView(ProcessHistory history, AuditExport exports, ExportRunner runner) {
        this.history = history;
        List<BrandSummary> brands = history.brands();
        this.brandNames = brands.stream().collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
        setSizeFull();
        filters = new HistoryFilters(brands, history.sops(), this::searched);
        configureGrid();
        export = new ExportPanel(runner, List.of(
                new ExportPanel.Choice("export-xlsx", "Export to Excel", ExportFormat.XLSX, "history.xlsx",
                        () -> instances(exports, search, ExportFormat.XLSX)),
                new ExportPanel.Choice("export-csv", "Export to CSV", ExportFormat.CSV, "history.csv",
                        () -> instances(exports, search, ExportFormat.CSV))));
        Paragraph note = new Paragraph("Times are UTC. A person is whoever started an instance, was assigned or "
                + "completed a task in it, or appears in its operation log.");
        note.addClassName("er-note");
        add(new H2("History"), new HistoryTabs(HistoryTabs.Side.INSTANCES), filters, note, export, grid);
        expand(grid);
    }

    private static ExportPanel.Job instances(AuditExport exports, HistorySearch search, ExportFormat format) {
        return (out, progress) -> exports.instances(search, format, out, progress);
    }

    private void configureGrid() {
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(row -> new RouterLink(row.businessKey() == null ? row.id() : row.businessKey(),
                InstanceView.class, InstanceView.parameters(row.id()))).setHeader("Business record").setKey("record")
                .setFlexGrow(1);
        grid.addColumn(row -> row.sopName() + " v" + row.sopVersion()).setHeader("SOP").setKey("sop").setFlexGrow(1);
        grid.addColumn(row -> row.brandId() == null ? "" : brandNames.getOrDefault(row.brandId(), row.brandId()))
                .setHeader("Brand").setKey("brand").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> AuditFormat.time(row.started())).setHeader("Started").setKey("started")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> AuditFormat.time(row.ended())).setHeader("Ended").setKey("ended").setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(InstanceSummary::startedBy).setHeader("Started by").setKey("startedBy").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(InstanceSummary::outcomeText).setHeader("Outcome").setKey("outcome").setFlexGrow(1);
        grid.setItems(query -> history.search(search, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, history.count(search)));
        grid.addItemDoubleClickListener(click -> getUI().ifPresent(ui -> ui.navigate(InstanceView.class,
                InstanceView.parameters(click.getItem().id()))));
    }

    private void searched(HistorySearch search) {
        this.search = search;
        grid.getDataProvider().refreshAll();
    }

    HistorySearch search() {
        return search;
    }
}
