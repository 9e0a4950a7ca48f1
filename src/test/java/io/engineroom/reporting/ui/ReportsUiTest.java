package io.engineroom.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.engineroom.reporting.ReportingCadenceVariables.REPORT_ID;
import static io.engineroom.reporting.ReportingCadenceVariables.REVIEW_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.UserDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportPeriod;
import io.engineroom.reporting.ReportSummary;
import io.engineroom.reporting.Reports;
import io.engineroom.reporting.domain.Report;
import io.engineroom.reporting.domain.ReportRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.forms.FormSchema;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Reports screen: a brand's readers see its reports and download the workbook; people of other brands see
 * neither the row nor the file, and roles that do not read reports are refused.
 */
@EngineRoomIntegrationTest
class ReportsUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    Reports reports;
    @Autowired
    ReportRepository repository;
    @Autowired
    ReportTaskPanel taskPanel;

    String brand;
    String otherBrand;
    long weekly;
    long notGenerated;
    long othersReport;
    byte[] workbook;
    UiSession session;

    @BeforeEach
    void twoBrandsWithReports() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "rep-" + suffix;
        otherBrand = "rep-other-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Reports " + suffix, false));
        AsAdmin.run(() -> brands.create(otherBrand, "Other reports " + suffix, false));
        brands.addMember(brand, "analyst");
        brands.addMember(otherBrand, "executive");
        workbook = ("workbook of " + brand).getBytes(StandardCharsets.UTF_8);
        Report report = new Report(ReportPeriod.lastBefore(brand, Cadence.WEEKLY, LocalDate.of(2031, 3, 5)),
                Instant.now());
        report.generated(brand + "-weekly.xlsx", workbook, Instant.now());
        report.insightsWritten("Reels carried the week.", "analyst");
        report.approved("social-manager");
        report.distributed(Instant.parse("2031-03-04T10:00:00Z"));
        weekly = repository.save(report).getId();
        notGenerated = repository.save(new Report(ReportPeriod.lastBefore(brand, Cadence.MONTHLY,
                LocalDate.of(2031, 3, 5)), Instant.now())).getId();
        Report others = new Report(ReportPeriod.lastBefore(otherBrand, Cadence.WEEKLY, LocalDate.of(2031, 3, 5)),
                Instant.now());
        others.generated(otherBrand + "-weekly.xlsx", "not yours".getBytes(StandardCharsets.UTF_8), Instant.now());
        othersReport = repository.save(others).getId();
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aBrandsAnalystSeesItsReportsAndDownloadsTheWorkbook() {
        open("analyst");
        Grid<ReportSummary> grid = grid();

        List<ReportSummary> shown = rows(grid);
        assertThat(shown).extracting(ReportSummary::id).contains(weekly, notGenerated).doesNotContain(othersReport);
        int row = IntStream.range(0, shown.size()).filter(i -> shown.get(i).id() == weekly).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Reports " + brand.substring(4), "Weekly",
                "2031-02-24 – 2031-03-02", "Distributed", "analyst", "social-manager", "Mar 4, 2031 10:00 UTC");

        // the grid renders its cells in the browser: the cell's link, attached here, is what the browser gets
        Anchor download = (Anchor) GridKt._getCellComponent(grid, row, "download");
        UI.getCurrent().add(download);
        assertThat(DownloadKt._download(download)).isEqualTo(workbook);
        int pending = IntStream.range(0, shown.size()).filter(i -> shown.get(i).id() == notGenerated).findFirst()
                .orElseThrow();
        assertThat(GridKt._getCellComponent(grid, pending, "download")).as("nothing to download yet")
                .isNotInstanceOf(Anchor.class);
    }

    @Test
    void anotherBrandsReaderSeesNeitherTheRowNorTheFile() {
        open("executive");

        assertThat(rows(grid())).extracting(ReportSummary::id).contains(othersReport).doesNotContain(weekly,
                notGenerated);
        assertThatThrownBy(() -> reports.download(weekly)).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.download(othersReport).orElseThrow().fileName()).isEqualTo(otherBrand + "-weekly.xlsx");
    }

    @Test
    void rolesThatDoNotReadReportsAreRefusedEvenInTheBrand() {
        brands.addMember(brand, "copywriter");
        session = UiSession.signIn(context, users, "copywriter");

        assertThatThrownBy(() -> reports.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.download(weekly)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAnalystsTaskLinksTheWorkbookAndSaysWhyItCameBack() {
        session = UiSession.signIn(context, users, "analyst");
        Component panel = taskPanel.panelFor(task("WriteInsights", Map.of(REPORT_ID.name(), weekly,
                REVIEW_FEEDBACK.name(), "Say why reach fell."))).orElseThrow();
        UI.getCurrent().add(panel);

        assertThat(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("report-workbook"))))
                .isEqualTo(workbook);
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-sent-back")).getText())
                .endsWith("Say why reach fell.");
        assertThat(taskPanel.panelFor(task("ApproveReport", Map.of(REPORT_ID.name(), weekly))))
                .isPresent();
        assertThat(taskPanel.panelFor(task("DraftStatement", Map.of(REPORT_ID.name(), weekly))))
                .as("not a report step").isEmpty();
    }

    private static TaskDetails task(String taskKey, Map<String, Object> variables) {
        return new TaskDetails(new InboxEntry("t-1", "Write insights and recommendations", "Weekly report", "b",
                "reporting-cadence", "Reporting cadence", Instant.now(), null, 50, "analyst", "report:1"), taskKey,
                true, false, FormSchema.EMPTY, variables, List.of());
    }

    private void open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(ReportsView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReportSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("reports"));
    }

    private static List<ReportSummary> rows(Grid<ReportSummary> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
