package io.engineroom.workflow.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.VoiceOverrideBox;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskFieldAssist;
import io.engineroom.workflow.TaskInbox;
import io.engineroom.workflow.TaskPanel;
import io.engineroom.workflow.TaskStep;
import io.engineroom.workflow.TaskSubmitCheck;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One task: what it is about, its Camunda Form, and what happened in the instance so far. */
@Route("task/:taskId")
@PageTitle("Task · Engine Room")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final TaskInbox inbox;
    private final BrandService brands;
    private final List<TaskPanel> panels;
    private final List<TaskFieldAssist> assists;
    private final List<TaskSubmitCheck> checks;
    private final Clock clock;
    private final ZoneId zone = ZoneId.systemDefault();
    private String taskId;
    RenderedForm form;
    VoiceOverrideBox submitAnyway;

    public TaskView(TaskInbox inbox, BrandService brands, List<TaskPanel> panels, List<TaskFieldAssist> assists,
            List<TaskSubmitCheck> checks, Clock clock) {
        this.checks = checks;
        this.clock = clock;
        this.assists = assists;
        this.inbox = inbox;
        this.brands = brands;
        this.panels = panels;
        setMaxWidth("64em");
    }

    static RouteParameters parameters(String taskId) {
        return new RouteParameters("taskId", taskId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        show();
    }

    private void show() {
        removeAll();
        Button back = new Button("← My work", click -> backToInbox());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back);
        TaskDetails details;
        try {
            details = inbox.open(taskId);
        } catch (TaskActionException notVisible) {
            Paragraph message = new Paragraph(notVisible.getMessage());
            message.setId("task-message");
            add(new H2("Task not available"), message);
            return;
        }
        InboxEntry task = details.task();
        String brandName = brands.find(task.brandId()).map(BrandSummary::name).orElse(task.brandId());
        H2 title = new H2(task.title());
        Paragraph meta = new Paragraph(task.taskName() + " · " + brandName + " · " + task.sopName() + " · due ");
        meta.add(Countdown.of(task.due(), clock.instant()));
        meta.add(" · " + assignment(details));
        meta.setId("task-meta");
        add(title, meta);
        panels.forEach(panel -> panel.panelFor(details).ifPresent(this::add));

        form = FormRenderer.render(details.form(), details.variables(), zone);
        form.assist(details, assists);
        add(form);
        submitAnyway = new VoiceOverrideBox("task");
        add(submitAnyway);
        add(buttons(details));
        add(new H3("Earlier steps"), steps(details));
    }

    private HorizontalLayout buttons(TaskDetails details) {
        HorizontalLayout buttons = new HorizontalLayout();
        boolean canWork = details.assignedToMe() || details.claimable();
        if (details.claimable()) {
            buttons.add(new Button("Claim", click -> act(() -> inbox.claim(taskId), "Claimed", false)));
        }
        if (details.assignedToMe()) {
            buttons.add(new Button("Unclaim", click -> act(() -> inbox.unclaim(taskId), "Unclaimed", false)));
        }
        Button complete = new Button("Complete", click -> complete(details));
        complete.setId("complete-task");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setEnabled(canWork);
        buttons.add(complete);
        return buttons;
    }

    /**
     * Completes the task unless a submit check flags what was entered: then the findings show next to their fields
     * and the task stays open, until the person changes the text or ticks "Submit anyway" and gives a reason, which
     * each flagging check records before the task is completed.
     */
    private void complete(TaskDetails details) {
        Map<String, Object> submitted = form.submitted();
        Map<TaskSubmitCheck, List<TaskSubmitCheck.Finding>> found = new LinkedHashMap<>();
        checks.forEach(check -> {
            List<TaskSubmitCheck.Finding> findings = check.check(details, submitted);
            if (!findings.isEmpty()) {
                found.put(check, findings);
            }
        });
        if (!found.isEmpty()) {
            Map<String, String> byField = new LinkedHashMap<>();
            found.values().stream().flatMap(List::stream).forEach(finding -> byField.merge(finding.field(),
                    finding.message(), (one, other) -> one + "; " + other));
            if (!submitAnyway.overriding()) {
                form.showErrors(byField);
                submitAnyway.flagged();
                Notices.error("The voice check flagged the text: change it, or submit anyway with a reason");
                return;
            }
            try {
                found.keySet().forEach(check -> check.overridden(details, submitted,
                        submitAnyway.reason.getValue()));
            } catch (InvalidInput refused) {
                form.showErrors(byField);
                submitAnyway.reasonRefused(refused.problems().getOrDefault("reason", refused.getMessage()));
                return;
            }
        }
        act(() -> inbox.complete(taskId, submitted, zone), "Task completed", true);
    }

    private void act(Runnable action, String done, boolean leave) {
        try {
            action.run();
        } catch (TaskActionException refused) {
            form.showErrors(refused.fieldErrors());
            Notices.error(refused.getMessage());
            return;
        }
        Notices.success(done);
        if (leave) {
            backToInbox();
        } else {
            show();
        }
    }

    private static Grid<TaskStep> steps(TaskDetails details) {
        Grid<TaskStep> steps = new Grid<>();
        steps.setId("task-history");
        steps.addColumn(step -> WHEN.format(step.when())).setHeader("When");
        steps.addColumn(TaskStep::what).setHeader("What");
        steps.addColumn(step -> step.who() == null ? "system" : step.who()).setHeader("Who");
        steps.setItems(details.steps());
        steps.setAllRowsVisible(true);
        return steps;
    }

    private static String assignment(TaskDetails details) {
        if (details.assignedToMe()) {
            return "claimed by you";
        }
        return details.task().assignee() == null ? "open to claim" : "claimed by " + details.task().assignee();
    }

    private void backToInbox() {
        getUI().ifPresent(ui -> ui.navigate(MyWorkView.class));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Countdown.startTicker(attachEvent.getUI());
    }
}
