package io.engineroom.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.RaciMatrix;
import io.engineroom.workflow.RaciStep;
import io.engineroom.workflow.SopRaci;
import io.engineroom.workflow.SopTestModels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** The RACI screen and export on the real application, with a test-only SOP key deployed live at once. */
@EngineRoomIntegrationTest
class RaciUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    SopRaci raci;

    UiSession session;
    String key;

    @BeforeEach
    void aTestKey() {
        key = "sops-test-raci-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aManagerSeesEachSopsMatrixAndANewVersionChangesIt() {
        SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, false, "legal"));
        session = UiSession.signIn(context, users, "social-manager");
        RaciView first = open();
        assertThat(GridKt._getFormatted(grid(first, "content-approval"), 2, "copywriter")).isEqualTo("R");
        assertThat(GridKt._getFormatted(grid(first, "content-approval"), 4, "brand-reviewer")).isEqualTo("RA");
        assertThat(GridKt._size(grid(first, key))).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid(first, key), 0, "legal")).isEqualTo("R");

        SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, true, "copywriter"));
        RaciView second = open();
        RaciMatrix matrix = second.matrices.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
        assertThat(matrix.version()).isEqualTo(2);
        assertThat(matrix.steps()).extracting(RaciStep::name).containsExactly("Draft", "Check");
        assertThat(GridKt._getFormatted(grid(second, key), 0, "copywriter")).isEqualTo("R");
        assertThat(GridKt._getFormatted(grid(second, key), 1, "legal")).isEqualTo("R");
        assertThat(matrix.warnings()).isEmpty();
        assertThat(second.warnings).extracting(Span::getText).noneMatch(text -> text.startsWith("Draft"));
    }

    @Test
    void aCopywriterCannotOpenTheScreenNorReadTheMatrices() {
        session = UiSession.signIn(context, users, "copywriter");
        UI.getCurrent().navigate(RaciView.class);
        assertThatThrownBy(() -> _get(RaciView.class)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> raci.matrices()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> raci.exportXlsx(new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theExportReadBackHoldsTheLiveMatrices() throws IOException {
        SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, true, "designer"));
        session = UiSession.signIn(context, users, "admin");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        raci.exportXlsx(out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet approval = workbook.getSheet("content-approval");
            assertThat(approval.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Write copy");
            Sheet own = workbook.getSheet(key);
            assertThat(own.getRow(0).getCell(0).getStringCellValue()).endsWith("(" + key + ", version 1)");
            assertThat(own.getRow(1).getCell(1).getStringCellValue()).isEqualTo("designer");
            assertThat(own.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Draft");
            assertThat(own.getRow(2).getCell(1).getStringCellValue()).isEqualTo("R");
        }
    }

    private RaciView open() {
        UI.getCurrent().navigate(SopsView.class);
        UI.getCurrent().navigate(RaciView.class);
        return _get(RaciView.class);
    }

    private static Grid<RaciStep> grid(RaciView view, String key) {
        return view.grids.stream().filter(grid -> grid.getId().orElse("").equals("raci-" + key)).findFirst()
                .orElseThrow(() -> new AssertionError("No matrix for " + key));
    }
}
