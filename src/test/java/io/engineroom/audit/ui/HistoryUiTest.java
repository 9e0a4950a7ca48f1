package io.engineroom.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.engineroom.audit.AuditHistoryFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.engineroom.audit.AuditHistoryFixture;
import io.engineroom.audit.HistorySearch.KeyMatch;
import io.engineroom.audit.Outcome;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.SopOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The three history screens, driven server-side with Karibu-Testing on the real application and database. */
@EngineRoomIntegrationTest
class HistoryUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;

    AuditHistoryFixture f;
    UiSession session;

    @BeforeEach
    void instances() {
        f = AuditHistoryFixture.ensure(context);
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theSearchGridShowsTheInstancesTheFiltersFindInTheCallersBrands() {
        HistoryView view = openHistory("auditor");
        narrowToTheFixture(view);
        assertThat(column(view.grid, row -> row.id())).containsExactly(f.c(), f.e(), f.d(), f.b(), f.a());
        assertThat(column(view.grid, row -> row.outcomeText())).containsExactly("Completed (Cleared)", "Cancelled",
                "Running", "Completed (Cleared)", "Completed (Cleared)");

        _setValue(view.filters.outcome, Outcome.RUNNING);
        assertThat(column(view.grid, row -> row.id())).containsExactly(f.d());
        _setValue(view.filters.outcome, null);
        _setValue(view.filters.person, f.copy());
        assertThat(column(view.grid, row -> row.id())).containsExactly(f.a());
        _setValue(view.filters.person, "");
        _setValue(view.filters.from, LocalDate.of(2021, 4, 1));
        _setValue(view.filters.to, LocalDate.of(2021, 3, 1));
        assertThat(view.filters.to.isInvalid()).isTrue();
        _setValue(view.filters.to, LocalDate.of(2021, 4, 30));
        assertThat(view.filters.to.isInvalid()).isFalse();
        assertThat(column(view.grid, row -> row.id())).containsExactly(f.c());

        session.close();
        HistoryView northwindOnly = openHistory(f.auditorNorthwind());
        narrowToTheFixture(northwindOnly);
        assertThat(column(northwindOnly.grid, row -> row.id())).containsExactly(f.c(), f.e(), f.d(), f.a());
    }

    @Test
    void theExportWritesTheSearchResultInTheBackgroundAndOffersTheFile() throws Exception {
        HistoryView view = openHistory("auditor");
        narrowToTheFixture(view);
        _setValue(view.filters.outcome, Outcome.COMPLETED);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("export-csv")));
        Path file = waitForTheFile(view.export);

        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Instance,SOP,");
        assertThat(lines.subList(1, 4)).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly(f.c(), f.b(), f.a());
        assertThat(view.export.status.getText()).isEqualTo("3 of 3 rows");
        assertThat(view.export.download.getText()).isEqualTo("Download history.csv");
    }

    @Test
    void thePersonPageFiltersByDateSopAndDecisionAndExportsWhatItShows() throws Exception {
        HistoryView search = openHistory("auditor");
        _setValue(search.filters.person, f.legal());
        _click(search.filters.personPage);
        PersonView person = _get(PersonView.class);
        assertThat(person.title.getText()).contains(f.legal());
        assertThat(GridKt._size(person.tasks)).isEqualTo(4);

        _setValue(person.from, LocalDate.of(2021, 3, 1));
        _setValue(person.to, LocalDate.of(2021, 3, 31));
        _setValue(person.sop, sop(person.sop.getListDataView().getItems().toList()));
        _setValue(person.decision, "approve");
        assertThat(column(person.tasks, task -> task.businessKey()))
                .containsExactly(f.keyPrefix() + "b", f.keyPrefix() + "a");
        assertThat(column(person.tasks, task -> task.completed()))
                .containsExactly(at("2021-03-11T09:30"), at("2021-03-05T12:00"));
        assertThat(GridKt._size(person.operations)).isEqualTo(6);

        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("export-xlsx")));
        _setValue(person.decision, "reject"); // a change after the click does not change the running export
        Path file = waitForTheFile(person.export);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            var tasks = workbook.getSheet("Tasks");
            assertThat(tasks.getLastRowNum()).isEqualTo(2);
            assertThat(tasks.getRow(1).getCell(2).getStringCellValue()).isEqualTo(f.keyPrefix() + "b");
            assertThat(tasks.getRow(2).getCell(5).getStringCellValue()).isEqualTo("approve");
            assertThat(workbook.getSheet("Operations").getLastRowNum()).isEqualTo(6);
        }
        assertThat(column(person.tasks, task -> task.decision())).containsExactly("reject");
    }

    @Test
    void theInstancePageGivesTheDiagramThePathAndShowsTheTimeline() {
        session = UiSession.signIn(context, users, "auditor");
        UI.getCurrent().navigate(InstanceView.class, InstanceView.parameters(f.a()));
        InstanceView view = _get(InstanceView.class);
        assertThat(view.diagram.bpmnXml()).contains("audit-test-review");
        assertThat(view.diagram.takenPath()).contains("LegalReview", "Rework", "FlowReject", "FlowApprove");
        assertThat(view.diagram.counts()).containsEntry("LegalReview", 2L);
        assertThat(view.diagram.active()).isEmpty();
        assertThat(column(view.timeline, step -> step.decision())).containsExactly(null, "reject", null, null,
                "approve", null, null);
        assertThat(column(view.operations, entry -> entry.userId() + " " + entry.operation()))
                .containsExactlyInAnyOrder(f.manager() + " Create", f.legal() + " Claim", f.legal() + " Complete",
                        f.copy() + " Claim", f.copy() + " Complete", f.legal() + " Claim", f.legal() + " Complete");
        assertThat(column(view.variables, change -> change.name())).contains("reviewDecision", "reviewComment");

        UI.getCurrent().navigate(InstanceView.class, InstanceView.parameters(f.d()));
        assertThat(_get(InstanceView.class).diagram.active()).containsExactly("LegalReview");
        session.close();

        session = UiSession.signIn(context, users, f.auditorNorthwind());
        UI.getCurrent().navigate(InstanceView.class, InstanceView.parameters(f.b()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("instance-not-found")).getText())
                .startsWith("No such instance");
    }

    private HistoryView openHistory(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(HistoryView.class);
        return _get(HistoryView.class);
    }

    private void narrowToTheFixture(HistoryView view) {
        _setValue(view.filters.sop, sop(view.filters.sop.getListDataView().getItems().toList()));
        _setValue(view.filters.keyMatch, KeyMatch.PREFIX);
        _setValue(view.filters.businessKey, f.keyPrefix());
    }

    private static SopOption sop(List<SopOption> options) {
        return options.stream().filter(option -> option.key().equals(AuditHistoryFixture.SOP)).findFirst()
                .orElseThrow();
    }

    private static Path waitForTheFile(ExportPanel panel) throws InterruptedException {
        for (int i = 0; i < 300 && panel.file() == null; i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat(panel.file()).as("the export finished: " + panel.status.getText()).isNotNull();
        return panel.file();
    }

    private static <T, V> List<V> column(Grid<T> grid, Function<T, V> value) {
        List<V> values = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            values.add(value.apply(GridKt._get(grid, row)));
        }
        return values;
    }
}
