package io.engineroom.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.RouterLink;
import io.engineroom.audit.SopChangeFixture;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The History screen's SOP changes side: who proposed, who reviewed, emergencies marked, for those who may see it. */
@EngineRoomIntegrationTest
class SopChangesUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;

    SopChangeFixture f;
    UiSession session;

    @BeforeEach
    void changes() {
        f = SopChangeFixture.make(context);
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAuditorOfBeanLeafSeesTheEmergencyActivationMarkedWithItsReasonAndNotNorthwindsChange() {
        SopChangesView view = open(f.beanleafAuditor);

        assertThat(ids(view)).contains(f.shared.id(), f.rejected.id(), f.emergency.id())
                .doesNotContain(f.inReviewNorthwind.id());
        assertThat(view.filters.brand.getListDataView().getItems().map(SopChangeFilters.Scope::name))
                .containsExactly("Shared", "Bean & Leaf Coffee");

        _setValue(view.filters.status, SopChangeStatus.EMERGENCY);
        int row = ids(view).indexOf(f.emergency.id());
        assertThat(row).isNotNegative();
        List<String> cells = GridKt._getFormattedRow(view.grid, row);
        assertThat(cells.get(1)).isEqualTo(f.beanleafManager);
        assertThat(cells.get(2)).isEqualTo("Bean & Leaf Coffee");
        assertThat(cells.get(3)).isEqualTo(f.emergency.models().get(0).label());
        assertThat(cells.get(7)).endsWith(" by admin");
        Span badge = _get(GridKt._getCellComponent(view.grid, row, "status"), Span.class,
                spec -> spec.withClasses("history-sop-changes-emergency"));
        assertThat(badge.getText()).isEqualTo("activated in an emergency");
        assertThat(badge.getElement().getThemeList()).contains("badge", "error");
        assertThat(GridKt._getCellComponent(view.grid, row, "status").getElement().getTextRecursively())
                .endsWith("Reason: " + SopChangeFixture.EMERGENCY_REASON);
        assertThat(ids(view)).doesNotContain(f.rejected.id());
    }

    @Test
    void aRowOpensToTheElementDiffOfEachModel() {
        SopChangesView view = open(f.beanleafAuditor);
        _setValue(view.filters.status, SopChangeStatus.REJECTED);
        SopChange rejected = GridKt._get(view.grid, ids(view).indexOf(f.rejected.id()));
        assertThat(GridKt._getFormattedRow(view.grid, ids(view).indexOf(f.rejected.id())))
                .contains(SopChangeFixture.REJECT_COMMENT);

        SopChangeDetails details = new SopChangeDetails(rejected);

        assertThat(details.getElement().getTextRecursively())
                .contains(rejected.models().get(0).label() + " · BPMN · 1 changed");
        @SuppressWarnings("unchecked")
        Grid<ElementChange> diff = _get(details, Grid.class, spec -> spec.withClasses("history-sop-changes-diff"));
        assertThat(GridKt._getFormattedRow(diff, 0)).containsExactly("changed", "Draft", "userTask", "Draft",
                "camunda:candidateGroups: legal → brand-reviewer");
    }

    @Test
    void theExportButtonsWriteWhatTheScreenShows() throws Exception {
        SopChangesView view = open(f.beanleafAuditor);
        _get(Button.class, spec -> spec.withId("history-sop-changes-export-xlsx"));
        _setValue(view.filters.status, SopChangeStatus.EMERGENCY);
        _click(_get(Button.class, spec -> spec.withId("history-sop-changes-export-csv")));

        Path file = waitForTheFile(view.export);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Change,Proposed,Proposed by,").contains(SopChangeFixture.EMERGENCY_REASON)
                .doesNotContain(SopChangeFixture.REJECT_COMMENT);
        assertThat(view.export.download.getText()).isEqualTo("Download sop-changes.csv");
    }

    @Test
    void theHistoryScreenLeadsToTheSopChangesSide() {
        session = UiSession.signIn(context, users, "auditor");
        UI.getCurrent().navigate(HistoryView.class);

        RouterLink link = _get(_get(Tab.class, spec -> spec.withId("history-tab-sop-changes")), RouterLink.class,
                spec -> spec.withText("SOP changes"));
        assertThat(link.getHref()).isEqualTo("history/sop-changes");
    }

    @Test
    void aCopywriterIsRefusedTheScreen() {
        session = UiSession.signIn(context, users, "copywriter");
        UI.getCurrent().navigate(SopChangesView.class);
        assertThatThrownBy(() -> _get(SopChangesView.class)).isInstanceOf(AssertionError.class);
    }

    private SopChangesView open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(SopChangesView.class);
        return _get(SopChangesView.class);
    }

    private static List<Long> ids(SopChangesView view) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            ids.add(GridKt._get(view.grid, i).id());
        }
        return ids;
    }

    private static Path waitForTheFile(ExportPanel panel) throws InterruptedException {
        for (int i = 0; i < 300 && panel.file() == null; i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat(panel.file()).as("the export finished: " + panel.status.getText()).isNotNull();
        return panel.file();
    }
}
