package io.engineroom.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.identity.Roles;
import io.engineroom.reporting.ReportState;
import io.engineroom.reporting.ReportSummary;
import io.engineroom.reporting.Reports;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The reports of my brands, newest period first: where each one is in its cadence, who wrote the insights and
 * who approved it, when it went out, and its workbook to download (asked for again on download, so only the
 * brand's readers get the file).
 */
@Route("reports")
@PageTitle("Reports · Engine Room")
@Menu(title = "Reports", order = 4)
@RolesAllowed({Roles.ANALYST, Roles.SOCIAL_MANAGER, Roles.EXECUTIVE, Roles.ADMIN})
public class ReportsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm z", Locale.ENGLISH)
            .withZone(ZoneId.of("UTC"));

    private final Reports reports;
    final Grid<ReportSummary> grid = new Grid<>();

    public ReportsView(Reports reports) {
        this.reports = reports;
        setSizeFull();
        Paragraph about = new Paragraph("Daily snapshots are stored as they are made. Weekly reports and the monthly "
                + "and quarterly reviews get an analyst's insights and a social media manager's approval, and are then "
                + "e-mailed to the brand's analysts, managers and executives.");
        about.addClassName("er-intro");
        grid.setId("reports");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReportSummary::brandName).setHeader("Brand").setKey("brand").setWidth("10rem");
        grid.addColumn(report -> cadence(report)).setHeader("Cadence").setKey("cadence").setWidth("8rem");
        grid.addColumn(ReportSummary::periodLabel).setHeader("Period").setKey("period").setWidth("13rem");
        grid.addColumn(report -> state(report.state())).setHeader("State").setKey("state").setWidth("11rem");
        grid.addColumn(report -> dash(report.insightsBy())).setHeader("Insights by").setKey("insightsBy")
                .setWidth("9rem");
        grid.addColumn(report -> dash(report.approvedBy())).setHeader("Approved by").setKey("approvedBy")
                .setWidth("9rem");
        grid.addColumn(report -> time(report.distributedAt())).setHeader("Distributed").setKey("distributedAt")
                .setWidth("11rem");
        grid.addComponentColumn(this::download).setHeader("").setKey("download").setWidth("9rem").setFlexGrow(0);
        grid.setItems(reports.mine());
        add(new H2("Reports"), about, grid);
        expand(grid);
    }

    private Component download(ReportSummary report) {
        if (!report.hasFile()) {
            return new Span("Not generated yet");
        }
        ReportDownload link = new ReportDownload(reports, report.id(), "Download .xlsx");
        link.setId("download-" + report.id());
        return link;
    }

    private static String cadence(ReportSummary report) {
        return switch (report.cadence()) {
            case DAILY -> "Daily snapshot";
            case WEEKLY -> "Weekly";
            case MONTHLY -> "Monthly";
            case QUARTERLY -> "Quarterly";
        };
    }

    static String state(ReportState state) {
        return switch (state) {
            case DUE -> "Being generated";
            case STORED -> "Stored";
            case AWAITING_INSIGHTS -> "Waiting for insights";
            case AWAITING_APPROVAL -> "Waiting for approval";
            case APPROVED -> "Approved, being sent";
            case DISTRIBUTED -> "Distributed";
        };
    }

    private static String dash(String text) {
        return text == null ? "–" : text;
    }

    private static String time(Instant at) {
        return at == null ? "–" : TIME.format(at);
    }
}
