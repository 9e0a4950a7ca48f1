package io.engineroom.reporting.ui;

import static io.engineroom.reporting.ReportingCadenceVariables.REPORT_ID;
import static io.engineroom.reporting.ReportingCadenceVariables.REVIEW_FEEDBACK;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.reporting.Reports;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskPanel;
import java.util.Optional;
import java.util.Set;

/**
 * The report's people steps on the task page: its workbook to download above the form (which shows the KPI
 * summary), and why the manager sent it back, when they did.
 */
@org.springframework.stereotype.Component
class ReportTaskPanel implements TaskPanel {

    static final String SOP_KEY = "reporting-cadence";
    static final Set<String> TASKS = Set.of("WriteInsights", "ApproveReport");

    private final Reports reports;

    ReportTaskPanel(Reports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<Component> panelFor(TaskDetails task) {
        // a panel must not break the task page: a report id that is not a number shows no panel
        Optional<Long> reportId = REPORT_ID.fromIfTyped(task.variables());
        if (!SOP_KEY.equals(task.task().sopKey()) || !TASKS.contains(task.taskKey()) || reportId.isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout panel = new VerticalLayout();
        panel.setId("report-panel");
        panel.setPadding(false);
        ReportDownload workbook = new ReportDownload(reports, reportId.get(), "Download the workbook (.xlsx)");
        workbook.setId("report-workbook");
        panel.add(workbook);
        String feedback = REVIEW_FEEDBACK.fromIfTyped(task.variables()).orElse(null);
        if ("WriteInsights".equals(task.taskKey()) && feedback != null && !feedback.isBlank()) {
            Paragraph sentBack = new Paragraph("The manager sent it back: " + feedback);
            sentBack.setId("report-sent-back");
            sentBack.addClassName("er-error-text");
            panel.add(sentBack);
        }
        return Optional.of(panel);
    }
}
