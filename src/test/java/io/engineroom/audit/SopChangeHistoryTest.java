package io.engineroom.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeSearch;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopChanges;
import io.engineroom.workflow.SopTestModels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * SOP changes as auditors read and export them, on PostgreSQL, made as people make them: deployed by a manager,
 * rejected through the review task, activated in an emergency by an administrator.
 */
@EngineRoomIntegrationTest
class SopChangeHistoryTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SopChanges changes;
    @Autowired
    AuditExport export;
    @Autowired
    UserDirectory users;

    SopChangeFixture f;

    @BeforeEach
    void changes() {
        f = SopChangeFixture.make(context);
    }

    @Test
    void anAuditorOfBeanLeafSeesBeanLeafsAndTheSharedChangesButNotNorthwindsOwn() {
        try (var auditor = SignedIn.as(users, f.beanleafAuditor)) {
            List<Long> pinned = changes.pin(SopChangeSearch.ANY).stream().map(SopChangeSearch.Pinned::changeId)
                    .toList();
            assertThat(pinned).contains(f.shared.id(), f.rejected.id(), f.emergency.id())
                    .doesNotContain(f.inReviewNorthwind.id());
            assertThat(changes.count(SopChangeSearch.ANY)).isEqualTo(pinned.size());
            assertThat(changes.search(SopChangeSearch.ANY, 0, SopChanges.MAX_PAGE)).extracting(SopChange::id)
                    .containsExactlyElementsOf(pinned.subList(0, Math.min(pinned.size(), SopChanges.MAX_PAGE)));
            assertThat(changes.search(new SopChangeSearch("northwind", false, null, null, null), 0, 50)).isEmpty();
            assertThat(changes.find(f.ids())).extracting(SopChange::id)
                    .containsExactly(f.shared.id(), f.rejected.id(), f.emergency.id());
            assertThat(changes.find(f.inReviewNorthwind.id())).isEmpty();
        }
        try (var admin = SignedIn.as(users, "admin")) {
            assertThat(changes.search(new SopChangeSearch("northwind", false, SopChangeStatus.IN_REVIEW, null, null),
                    0, SopChanges.MAX_PAGE)).extracting(SopChange::id).contains(f.inReviewNorthwind.id());
        }
    }

    @Test
    void theFiltersNarrowByBrandSharedStatusAndPeriod() {
        try (var auditor = SignedIn.as(users, f.beanleafAuditor)) {
            assertThat(ids(new SopChangeSearch(null, true, null, null, null))).contains(f.shared.id())
                    .doesNotContain(f.rejected.id(), f.emergency.id());
            assertThat(ids(new SopChangeSearch("beanleaf", false, SopChangeStatus.REJECTED, null, null)))
                    .contains(f.rejected.id()).doesNotContain(f.emergency.id(), f.shared.id());
            assertThat(ids(new SopChangeSearch("beanleaf", false, null, f.emergency.proposedAt(),
                    f.emergency.proposedAt().plusMillis(1)))).containsExactly(f.emergency.id());
            assertThatThrownBy(() -> changes.search(new SopChangeSearch(null, false, null, f.emergency.proposedAt(),
                    f.emergency.proposedAt()), 0, 10)).isInstanceOfSatisfying(InvalidInput.class,
                            invalid -> assertThat(invalid.problems()).containsOnlyKeys("to"));
            assertThatThrownBy(() -> changes.count(new SopChangeSearch("beanleaf", true, null, null, null)))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            invalid -> assertThat(invalid.problems()).containsOnlyKeys("brand"));
        }
    }

    @Test
    void theCsvExportHasTheProposerReviewerStatusCommentAndDiffLinesOfARejectedChange() {
        List<List<String>> rows;
        try (var auditor = SignedIn.as(users, f.beanleafAuditor)) {
            rows = AuditExportTest.csv(write(out -> export.sopChanges(
                    new SopChangeSearch("beanleaf", false, SopChangeStatus.REJECTED, null, null), ExportFormat.CSV,
                    out, ExportProgress.NONE)));
        }
        assertThat(rows.get(0)).isEqualTo(SopChangeRows.HEADERS);
        List<String> row = rows.stream().filter(cells -> cells.get(0).equals(String.valueOf(f.rejected.id())))
                .findFirst().orElseThrow();
        assertThat(row.subList(2, 12)).containsExactly(f.beanleafManager, "beanleaf", "rejected",
                f.rejected.models().get(0).label(), "BPMN", SopChangeFixture.DIFF_LINE, f.beanleafReviewer,
                f.rejected.reviewedAt().toString(), SopChangeFixture.REJECT_COMMENT, "");
        assertThat(row.get(1)).isEqualTo(f.rejected.proposedAt().toString());
        assertThat(row.get(5)).endsWith("(replaces shared v1)");
        assertThat(row.get(12)).as("a rejected change never took effect").isEmpty();
        assertThat(row.get(15)).isEqualTo(f.rejected.deploymentId());
        assertThat(rows).extracting(cells -> cells.get(0)).doesNotContain(String.valueOf(f.inReviewNorthwind.id()));
    }

    @Test
    void theWorkbookMarksTheEmergencyActivationWithItsReasonAndTheSharedStartWithEngineRoom() throws IOException {
        byte[] file;
        try (var auditor = SignedIn.as(users, f.beanleafAuditor)) {
            file = write(out -> export.sopChanges(SopChangeSearch.ANY, ExportFormat.XLSX, out, ExportProgress.NONE));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("SOP changes");
            assertThat(texts(sheet.getRow(0))).isEqualTo(SopChangeRows.HEADERS);
            Row emergency = row(sheet, f.emergency.id());
            assertThat(texts(emergency).subList(2, 8)).containsExactly(f.beanleafManager, "beanleaf",
                    "activated in an emergency", f.emergency.models().get(0).label(), "BPMN",
                    SopChangeFixture.DIFF_LINE);
            assertThat(emergency.getCell(11).getStringCellValue()).isEqualTo(SopChangeFixture.EMERGENCY_REASON);
            assertThat(emergency.getCell(13).getStringCellValue()).isEqualTo("admin");
            assertThat(emergency.getCell(12).getLocalDateTimeCellValue()).isNotNull();
            Row shared = row(sheet, f.shared.id());
            assertThat(texts(shared).subList(2, 5)).containsExactly("Engine Room (at start-up)", "Shared",
                    "live at first start");
            assertThat(shared.getCell(7).getStringCellValue()).isEqualTo(SopChangeRows.NEW_SOP);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(0).getNumericCellValue())
                        .isNotEqualTo((double) f.inReviewNorthwind.id());
            }
        }
    }

    @Test
    void aChangeProposedWhileTheExportRunsDoesNotShiftItsPages() {
        AtomicReference<String> proposedMeanwhile = new AtomicReference<>();
        List<List<String>> rows;
        long pinnedRows;
        try (var auditor = SignedIn.as(users, f.beanleafAuditor)) {
            pinnedRows = changes.pin(SopChangeSearch.ANY).stream().mapToLong(pinned -> Math.max(1, pinned.models()))
                    .sum();
            rows = AuditExportTest.csv(write(out -> export.sopChanges(SopChangeSearch.ANY, ExportFormat.CSV, out,
                    (done, total) -> {
                        if (proposedMeanwhile.get() == null) {
                            proposedMeanwhile.set(f.deploy(f.beanleafManager, "beanleaf",
                                    SopTestModels.model(f.key, true, "legal")));
                        }
                    })));
        }
        SopChange meanwhile = f.change(proposedMeanwhile.get());
        assertThat(rows).hasSize((int) pinnedRows + 1);
        assertThat(rows).extracting(cells -> cells.get(0)).doesNotContain(String.valueOf(meanwhile.id()))
                .contains(String.valueOf(f.emergency.id()));
    }

    @Test
    void nobodyButAuditorsSocialManagersAndAdminsReadsOrExportsThem() {
        try (var copywriter = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> changes.count(SopChangeSearch.ANY)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.sopChanges(SopChangeSearch.ANY, ExportFormat.CSV,
                    new ByteArrayOutputStream(), ExportProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private List<Long> ids(SopChangeSearch search) {
        return changes.search(search, 0, SopChanges.MAX_PAGE).stream().map(SopChange::id).toList();
    }

    private interface Writing {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }

    private static Row row(Sheet sheet, long changeId) {
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            if (sheet.getRow(i).getCell(0).getNumericCellValue() == changeId) {
                return sheet.getRow(i);
            }
        }
        throw new AssertionError("No row for change " + changeId);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return texts;
    }
}
