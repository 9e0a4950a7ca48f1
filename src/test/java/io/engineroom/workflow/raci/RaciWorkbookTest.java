package io.engineroom.workflow.raci;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.workflow.RaciMatrix;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RaciWorkbookTest {

    @Test
    void theWorkbookReadBackHoldsOneSheetPerSopWithTheLettersAndTheWarnings() throws IOException {
        RaciMatrix fixture;
        try (InputStream in = getClass().getResourceAsStream("/raci/two-approvers.bpmn")) {
            fixture = RaciDerivation.derive(in, 3);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RaciWorkbook.write(List.of(RaciDerivationTest.contentApproval(), fixture), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet approval = workbook.getSheet("content-approval");
            assertThat(text(approval, 0, 0)).isEqualTo("Content approval (content-approval, version 1)");
            assertThat(List.of(text(approval, 1, 0), text(approval, 1, 1), text(approval, 1, 2),
                    text(approval, 1, 6))).containsExactly("Step", "social-manager", "brand-reviewer", "designer");
            // row 4 is "Write copy": I (manager), A (brand review), R (copywriter), C (legal and client)
            assertThat(List.of(text(approval, 4, 0), text(approval, 4, 1), text(approval, 4, 2),
                    text(approval, 4, 3), text(approval, 4, 4), text(approval, 4, 5), text(approval, 4, 6)))
                    .containsExactly("Write copy", "I", "A", "R", "C", "C", "");
            assertThat(approval.getLastRowNum()).isEqualTo(10);

            Sheet twoApprovers = workbook.getSheet("two-approvers");
            assertThat(List.of(text(twoApprovers, 2, 0), text(twoApprovers, 2, 1), text(twoApprovers, 2, 2),
                    text(twoApprovers, 2, 3))).containsExactly("Draft", "R", "A", "A");
            assertThat(text(twoApprovers, 7, 0)).isEqualTo("Warnings");
            assertThat(text(twoApprovers, 8, 0)).isEqualTo("Draft: two roles claim A (legal, brand-reviewer)");
            assertThat(text(twoApprovers, 9, 0)).isEqualTo("Tidy up: no R (the step has no candidate group)");
        }
    }

    @Test
    void noSopsGiveASheetSayingSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RaciWorkbook.write(List.of(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(text(workbook.getSheetAt(0), 0, 0)).isEqualTo("No SOP is deployed");
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
