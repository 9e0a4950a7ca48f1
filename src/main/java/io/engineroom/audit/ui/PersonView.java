package io.engineroom.audit.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.engineroom.audit.AuditExport;
import io.engineroom.audit.CompletedTask;
import io.engineroom.audit.ExportFormat;
import io.engineroom.audit.OperationEntry;
import io.engineroom.audit.PersonFilter;
import io.engineroom.audit.PersonSheet;
import io.engineroom.audit.ProcessHistory;
import io.engineroom.identity.Roles;
import io.engineroom.workflow.SopOption;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Everything one person did in a date range: the tasks they completed, with the decision and comment they entered,
 * and their operation log entries; narrowed by SOP and decision ("everything legal approved in March").
 */
@Route("history/person/:userId")
@PageTitle("Person history · Engine Room")
@RolesAllowed({Roles.AUDITOR, Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class PersonView extends VerticalLayout implements BeforeEnterObserver {

    private final ProcessHistory history;
    final H2 title = new H2();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<SopOption> sop = new ComboBox<>("SOP");
    final ComboBox<String> decision = new ComboBox<>("Decision");
    final Grid<CompletedTask> tasks = new Grid<>();
    final Grid<OperationEntry> operations = new Grid<>();
    final ExportPanel export;
    private PersonFilter filter = new PersonFilter("", null, null, null, null);

    public PersonView(ProcessHistory history, AuditExport exports, ExportRunner runner) {
        this.history = history;
        setSizeFull();
        title.setId("person-title");
        from.setId("person-from");
        to.setId("person-to");
        sop.setId("person-sop");
        sop.setItems(history.sops());
        sop.setItemLabelGenerator(SopOption::name);
        sop.setClearButtonVisible(true);
        decision.setId("person-decision");
        decision.setItems("approve", "reject");
        decision.setAllowCustomValue(true);
        decision.addCustomValueSetListener(custom -> decision.setValue(custom.getDetail()));
        decision.setClearButtonVisible(true);
        decision.setHelperText("The value the task's form recorded, e.g. approve");
        List.<HasValue<?, ?>>of(from, to, sop, decision).forEach(field -> field.addValueChangeListener(change -> apply()));
        configureGrids();
        export = new ExportPanel(runner, List.of(
                new ExportPanel.Choice("export-xlsx", "Export to Excel", ExportFormat.XLSX, "person.xlsx",
                        () -> person(exports, filter, ExportFormat.XLSX, PersonSheet.TASKS)),
                new ExportPanel.Choice("export-csv-tasks", "Tasks to CSV", ExportFormat.CSV, "person-tasks.csv",
                        () -> person(exports, filter, ExportFormat.CSV, PersonSheet.TASKS)),
                new ExportPanel.Choice("export-csv-operations", "Operations to CSV", ExportFormat.CSV,
                        "person-operations.csv",
                        () -> person(exports, filter, ExportFormat.CSV, PersonSheet.OPERATIONS))));
        HorizontalLayout filters = new HorizontalLayout(from, to, sop, decision);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new RouterLink("← History", HistoryView.class), title, filters, export, new H3("Tasks completed"), tasks,
                new H3("Operation log"), operations);
    }

    private static ExportPanel.Job person(AuditExport exports, PersonFilter filter, ExportFormat format,
            PersonSheet sheet) {
        return (out, progress) -> exports.person(filter, format, sheet, out, progress);
    }

    static RouteParameters parameters(String userId) {
        return new RouteParameters("userId", userId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String userId = event.getRouteParameters().get("userId").orElse("");
        title.setText("What " + userId + " did (times in UTC)");
        filter = new PersonFilter(userId, null, null, null, null);
        apply();
    }

    private void apply() {
        if (!AuditFormat.isRange(from, to)) {
            return;
        }
        filter = new PersonFilter(filter.userId(), AuditFormat.startOf(from.getValue()), AuditFormat.endOf(to.getValue()),
                sop.getValue() == null ? null : sop.getValue().key(),
                decision.getValue() == null || decision.getValue().isBlank() ? null : decision.getValue());
        tasks.getDataProvider().refreshAll();
        operations.getDataProvider().refreshAll();
    }

    PersonFilter filter() {
        return filter;
    }

    private void configureGrids() {
        tasks.setId("person-tasks");
        tasks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tasks.addColumn(task -> AuditFormat.time(task.completed())).setHeader("Completed").setKey("completed")
                .setWidth("9.5rem").setFlexGrow(0);
        tasks.addColumn(CompletedTask::sopKey).setHeader("SOP").setKey("sop").setWidth("10rem").setFlexGrow(0);
        tasks.addComponentColumn(task -> new RouterLink(task.businessKey() == null ? task.processInstanceId()
                : task.businessKey(), InstanceView.class, InstanceView.parameters(task.processInstanceId())))
                .setHeader("Business record").setKey("record").setFlexGrow(1);
        tasks.addColumn(CompletedTask::taskName).setHeader("Task").setKey("task").setFlexGrow(1);
        tasks.addColumn(CompletedTask::decision).setHeader("Decision").setKey("decision").setWidth("7rem")
                .setFlexGrow(0);
        tasks.addColumn(CompletedTask::comment).setHeader("Comment").setKey("comment").setFlexGrow(1);
        tasks.setItems(query -> filter.userId().isBlank() ? java.util.stream.Stream.empty()
                        : history.completedTasks(filter, query.getOffset(), query.getLimit()).stream(),
                query -> filter.userId().isBlank() ? 0
                        : (int) Math.min(Integer.MAX_VALUE, history.countCompletedTasks(filter)));

        operations.setId("person-operations");
        operations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        operations.addColumn(entry -> AuditFormat.time(entry.at())).setHeader("When").setKey("at").setWidth("9.5rem")
                .setFlexGrow(0);
        operations.addColumn(OperationEntry::operation).setHeader("Operation").setKey("operation").setWidth("9rem")
                .setFlexGrow(0);
        operations.addColumn(OperationEntry::sopKey).setHeader("SOP").setKey("sop").setWidth("10rem").setFlexGrow(0);
        operations.addColumn(OperationEntry::property).setHeader("Property").setKey("property").setWidth("8rem")
                .setFlexGrow(0);
        operations.addColumn(entry -> (entry.oldValue() == null ? "–" : entry.oldValue()) + " → "
                + (entry.newValue() == null ? "–" : entry.newValue())).setHeader("Old → new").setKey("change")
                .setFlexGrow(1);
        operations.setItems(query -> filter.userId().isBlank() ? java.util.stream.Stream.empty()
                        : history.operations(filter, query.getOffset(), query.getLimit()).stream(),
                query -> filter.userId().isBlank() ? 0
                        : (int) Math.min(Integer.MAX_VALUE, history.countOperations(filter)));
    }
}
