package io.engineroom.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.engineroom.audit.AuditExport;
import io.engineroom.audit.ExportFormat;
import io.engineroom.audit.HistorySearch;
import io.engineroom.audit.HistorySearch.DateField;
import io.engineroom.audit.HistorySearch.KeyMatch;
import io.engineroom.audit.InstanceSummary;
import io.engineroom.audit.Outcome;
import io.engineroom.audit.ProcessHistory;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import io.engineroom.workflow.SopOption;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * History for auditors: SOP instances, finished and running, by brand, SOP, business record, person, date and
 * outcome, a page at a time; each row opens the instance's page. Read-only: nothing here changes anything.
 */
@Route("history")
@PageTitle("History · Engine Room")
@Menu(title = "History", order = 7)
@RolesAllowed({Roles.AUDITOR, Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class HistoryView extends VerticalLayout {

    private final ProcessHistory history;
    private final Map<String, String> brandNames;
    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final ComboBox<SopOption> sop = new ComboBox<>("SOP");
    final TextField businessKey = new TextField("Business record");
    final Select<KeyMatch> keyMatch = new Select<>();
    final TextField person = new TextField("Person");
    final Button personPage = new Button("Person page");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<DateField> dateField = new Select<>();
    final Select<Outcome> outcome = new Select<>();
    final Grid<InstanceSummary> grid = new Grid<>();
    final ExportPanel export;
    private HistorySearch search = HistorySearch.ANY;

    public HistoryView(ProcessHistory history, AuditExport exports, ExportRunner runner) {
        this.history = history;
        List<BrandSummary> brands = history.brands();
        this.brandNames = brands.stream().collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
        setSizeFull();
        configureFilters(brands);
        configureGrid();
        export = new ExportPanel(runner, List.of(
                new ExportPanel.Choice("export-xlsx", "Export to Excel", ExportFormat.XLSX, "history.xlsx",
                        () -> instances(exports, search, ExportFormat.XLSX)),
                new ExportPanel.Choice("export-csv", "Export to CSV", ExportFormat.CSV, "history.csv",
                        () -> instances(exports, search, ExportFormat.CSV))));
        Paragraph note = new Paragraph("Times are UTC. A person is whoever started an instance, was assigned or "
                + "completed a task in it, or appears in its operation log.");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H2("History"), filters(), note, export, grid);
        expand(grid);
    }

    private static ExportPanel.Job instances(AuditExport exports, HistorySearch search, ExportFormat format) {
        return (out, progress) -> exports.instances(search, format, out, progress);
    }

    private void configureFilters(List<BrandSummary> brands) {
        brand.setId("history-brand");
        brand.setItems(brands);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.setClearButtonVisible(true);
        sop.setId("history-sop");
        sop.setItems(history.sops());
        sop.setItemLabelGenerator(SopOption::name);
        sop.setClearButtonVisible(true);
        businessKey.setId("history-key");
        businessKey.setPlaceholder("content:42");
        businessKey.setClearButtonVisible(true);
        keyMatch.setId("history-key-match");
        keyMatch.setLabel("Match");
        keyMatch.setItems(KeyMatch.values());
        keyMatch.setItemLabelGenerator(match -> match == KeyMatch.PREFIX ? "starts with" : "contains");
        keyMatch.setValue(KeyMatch.CONTAINS);
        keyMatch.setWidth("9rem");
        person.setId("history-person");
        person.setPlaceholder("user id");
        person.setClearButtonVisible(true);
        personPage.setId("history-person-page");
        personPage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        personPage.addClickListener(click -> {
            if (person.getValue().isBlank()) {
                person.setInvalid(true);
                person.setErrorMessage("Enter the person's user id");
            } else {
                getUI().ifPresent(ui -> ui.navigate(PersonView.class, PersonView.parameters(person.getValue().trim())));
            }
        });
        from.setId("history-from");
        to.setId("history-to");
        dateField.setId("history-date-field");
        dateField.setLabel("Dates apply to");
        dateField.setItems(DateField.values());
        dateField.setItemLabelGenerator(field -> field == DateField.ENDED ? "ended" : "started");
        dateField.setValue(DateField.STARTED);
        dateField.setWidth("8rem");
        outcome.setId("history-outcome");
        outcome.setLabel("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption("Any");
        outcome.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        List.<HasValue<?, ?>>of(brand, sop, businessKey, keyMatch, person, from, to, dateField, outcome)
                .forEach(field -> field.addValueChangeListener(change -> apply()));
        businessKey.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        person.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    }

    private Component filters() {
        HorizontalLayout record = new HorizontalLayout(businessKey, keyMatch);
        HorizontalLayout who = new HorizontalLayout(person, personPage);
        who.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout row = new HorizontalLayout(brand, sop, record, who, from, to, dateField, outcome);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
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

    /** Reads the filters; a date range that ends before it starts is shown on the field and not searched. */
    private void apply() {
        person.setInvalid(false);
        if (!AuditFormat.isRange(from, to)) {
            return;
        }
        search = new HistorySearch(brand.getValue() == null ? null : brand.getValue().id(),
                sop.getValue() == null ? null : sop.getValue().key(), blankToNull(businessKey.getValue()),
                keyMatch.getValue(), blankToNull(person.getValue()), AuditFormat.startOf(from.getValue()),
                AuditFormat.endOf(to.getValue()), dateField.getValue(), outcome.getValue());
        grid.getDataProvider().refreshAll();
    }

    HistorySearch search() {
        return search;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
