package io.engineroom.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.engineroom.audit.InstanceHistory;
import io.engineroom.audit.InstanceSummary;
import io.engineroom.audit.OperationEntry;
import io.engineroom.audit.ProcessHistory;
import io.engineroom.audit.TimelineStep;
import io.engineroom.audit.VariableChange;
import io.engineroom.base.ui.BpmnDiagram;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * One SOP instance's history: the header, the model with the path taken, the steps open now and how often each
 * ran, the timeline of every step, the variable changes and the user operation log. Read-only.
 */
@Route("history/instance/:id")
@PageTitle("Instance history · Engine Room")
@RolesAllowed({Roles.AUDITOR, Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class InstanceView extends VerticalLayout implements BeforeEnterObserver {

    private final ProcessHistory history;
    BpmnDiagram diagram;
    final Grid<TimelineStep> timeline = new Grid<>();
    final Grid<VariableChange> variables = new Grid<>();
    final Grid<OperationEntry> operations = new Grid<>();

    public InstanceView(ProcessHistory history) {
        this.history = history;
        configureGrids();
    }

    static RouteParameters parameters(String processInstanceId) {
        return new RouteParameters("id", processInstanceId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<InstanceHistory> found = history.instance(event.getRouteParameters().get("id").orElse(""));
        if (found.isEmpty()) {
            Paragraph missing = new Paragraph("No such instance, or not one of your brands'.");
            missing.setId("instance-not-found");
            add(new RouterLink("← History", HistoryView.class), missing);
            return;
        }
        show(found.get());
    }

    private void show(InstanceHistory instance) {
        InstanceSummary summary = instance.summary();
        H2 title = new H2(summary.sopName() + " v" + summary.sopVersion()
                + (summary.businessKey() == null ? "" : " · " + summary.businessKey()));
        title.setId("instance-title");
        Span facts = new Span("Brand " + (summary.brandId() == null ? "none" : summary.brandId())
                + " · started " + AuditFormat.time(summary.started())
                + (summary.startedBy() == null ? "" : " by " + summary.startedBy())
                + (summary.ended() == null ? "" : " · ended " + AuditFormat.time(summary.ended()))
                + " · " + summary.outcomeText() + " · times in UTC");
        facts.setId("instance-facts");
        diagram = new BpmnDiagram(instance.bpmnXml());
        diagram.setId("instance-diagram");
        diagram.showTakenPath(instance.takenPath());
        diagram.showActive(instance.active());
        diagram.showCounts(instance.counts());
        timeline.setItems(instance.timeline());
        variables.setItems(instance.variableChanges());
        operations.setItems(instance.operations());
        add(new RouterLink("← History", HistoryView.class), title, facts, diagram, new H3("Timeline"), timeline,
                new H3("Variable changes"), variables, new H3("Operation log"), operations);
    }

    private void configureGrids() {
        timeline.setId("instance-timeline");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        timeline.setAllRowsVisible(true);
        timeline.addColumn(TimelineStep::name).setHeader("Step").setKey("name").setFlexGrow(1);
        timeline.addColumn(TimelineStep::type).setHeader("Type").setKey("type").setWidth("9rem").setFlexGrow(0);
        timeline.addComponentColumn(step -> step.assignee() == null ? new Div()
                : new RouterLink(step.assignee(), PersonView.class, PersonView.parameters(step.assignee())))
                .setHeader("Who").setKey("who").setWidth("9rem").setFlexGrow(0);
        timeline.addColumn(step -> AuditFormat.time(step.started())).setHeader("Started").setKey("started")
                .setWidth("9.5rem").setFlexGrow(0);
        timeline.addColumn(step -> AuditFormat.time(step.ended())).setHeader("Ended").setKey("ended")
                .setWidth("9.5rem").setFlexGrow(0);
        timeline.addColumn(step -> AuditFormat.duration(step.waited())).setHeader("Waited").setKey("waited")
                .setWidth("6rem").setFlexGrow(0);
        timeline.addColumn(TimelineStep::decision).setHeader("Decision").setKey("decision").setWidth("7rem")
                .setFlexGrow(0);
        timeline.addColumn(TimelineStep::comment).setHeader("Comment").setKey("comment").setFlexGrow(1);

        variables.setId("instance-variables");
        variables.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        variables.setAllRowsVisible(true);
        variables.addColumn(VariableChange::name).setHeader("Variable").setKey("name").setWidth("10rem")
                .setFlexGrow(0);
        variables.addColumn(change -> (change.oldValue() == null ? "–" : change.oldValue()) + " → "
                + (change.newValue() == null ? "–" : change.newValue())).setHeader("Old → new").setKey("change")
                .setFlexGrow(1);
        variables.addColumn(change -> AuditFormat.time(change.at())).setHeader("When").setKey("at")
                .setWidth("9.5rem").setFlexGrow(0);
        variables.addColumn(VariableChange::activityName).setHeader("In step").setKey("activity").setWidth("10rem")
                .setFlexGrow(0);

        operations.setId("instance-operations");
        operations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        operations.setAllRowsVisible(true);
        operations.addColumn(entry -> AuditFormat.time(entry.at())).setHeader("When").setKey("at").setWidth("9.5rem")
                .setFlexGrow(0);
        operations.addColumn(OperationEntry::userId).setHeader("Who").setKey("who").setWidth("9rem").setFlexGrow(0);
        operations.addColumn(OperationEntry::operation).setHeader("Operation").setKey("operation").setWidth("9rem")
                .setFlexGrow(0);
        operations.addColumn(OperationEntry::property).setHeader("Property").setKey("property").setWidth("8rem")
                .setFlexGrow(0);
        operations.addColumn(entry -> (entry.oldValue() == null ? "–" : entry.oldValue()) + " → "
                + (entry.newValue() == null ? "–" : entry.newValue())).setHeader("Old → new").setKey("change")
                .setFlexGrow(1);
    }
}
