package io.engineroom.audit;

import static io.engineroom.audit.AuditHistoryFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.audit.HistorySearch.KeyMatch;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

/** Audit exports read back cell by cell: the workbook with POI, the CSV with an RFC 4180 parser. */
@EngineRoomIntegrationTest
class AuditExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditExport export;
    @Autowired
    UserDirectory users;

    AuditHistoryFixture f;
    HistorySearch mine;
    PersonFilter legalInMarch;

    @BeforeEach
    void instances() {
        f = AuditHistoryFixture.ensure(context);
        mine = HistorySearch.ANY.withSop(AuditHistoryFixture.SOP).withBusinessKey(f.keyPrefix(), KeyMatch.PREFIX);
        legalInMarch = new PersonFilter(f.legal(), at("2021-03-01T00:00"), at("2021-04-01T00:00"), null, null);
    }

    @Test
    void theSearchResultAsAWorkbook() throws IOException {
        List<long[]> progress = new ArrayList<>();
        byte[] file;
        try (var signedIn = SignedIn.as(users, "auditor")) {
            file = write(out -> export.instances(mine.withBrand("northwind"), ExportFormat.XLSX, out,
                    (done, total) -> progress.add(new long[] {done, total})));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("History");
            assertThat(texts(sheet.getRow(0))).isEqualTo(AuditExport.INSTANCE_HEADERS);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(List.of(text(sheet, 1, 0), text(sheet, 2, 0), text(sheet, 3, 0), text(sheet, 4, 0)))
                    .containsExactly(f.c(), f.e(), f.d(), f.a());
            Row a = sheet.getRow(4);
            assertThat(texts(a)).containsExactly(f.a(), AuditHistoryFixture.SOP, "Legal review (audit test)",
                    texts(a).get(3), "northwind", f.keyPrefix() + "a", "", "", f.manager(), "Completed", "Cleared");
            assertThat(a.getCell(3).getNumericCellValue()).isPositive();
            assertThat(a.getCell(6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2021-03-02T09:00"));
            assertThat(a.getCell(7).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2021-03-05T12:00"));
            Row d = sheet.getRow(3);
            assertThat(d.getCell(7)).isNull();
            assertThat(d.getCell(9).getStringCellValue()).isEqualTo("Running");
        }
        assertThat(progress.get(progress.size() - 1)).containsExactly(4, 4);
    }

    @Test
    void theSearchResultAsCsvShowsOnlyTheCallersBrands() {
        List<List<String>> rows;
        try (var signedIn = SignedIn.as(users, f.auditorNorthwind())) {
            rows = csv(write(out -> export.instances(mine.withOutcome(Outcome.COMPLETED), ExportFormat.CSV, out,
                    ExportProgress.NONE)));
        }
        assertThat(rows.get(0)).isEqualTo(AuditExport.INSTANCE_HEADERS);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly(f.c(), AuditHistoryFixture.SOP, "Legal review (audit test)",
                rows.get(1).get(3), "northwind", f.keyPrefix() + "c", "2021-04-01T09:00:00Z",
                "2021-04-02T09:00:00Z", "", "Completed", "Cleared");
        assertThat(rows.get(2).get(0)).isEqualTo(f.a());
        assertThat(rows).extracting(row -> row.get(0)).doesNotContain(f.b());
    }

    @Test
    void thePersonViewAsWorkbookAndCsvWithQuotedComments() throws IOException {
        byte[] workbookFile;
        byte[] tasksCsv;
        byte[] operationsCsv;
        try (var signedIn = SignedIn.as(users, "admin")) {
            workbookFile = write(out -> export.person(legalInMarch, ExportFormat.XLSX, null, out, ExportProgress.NONE));
            tasksCsv = write(out -> export.person(legalInMarch, ExportFormat.CSV, PersonSheet.TASKS, out,
                    ExportProgress.NONE));
            operationsCsv = write(out -> export.person(legalInMarch, ExportFormat.CSV, PersonSheet.OPERATIONS, out,
                    ExportProgress.NONE));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookFile))) {
            Sheet tasks = workbook.getSheet("Tasks");
            assertThat(texts(tasks.getRow(0))).isEqualTo(AuditExport.TASK_HEADERS);
            assertThat(tasks.getLastRowNum()).isEqualTo(3);
            Row reject = tasks.getRow(3);
            assertThat(reject.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2021-03-03T10:00"));
            assertThat(texts(reject).subList(1, 8)).containsExactly(AuditHistoryFixture.SOP, f.keyPrefix() + "a",
                    "northwind", "Legal review", "reject", AuditHistoryFixture.REJECT_COMMENT, f.a());
            Sheet operations = workbook.getSheet("Operations");
            assertThat(texts(operations.getRow(0))).isEqualTo(AuditExport.OPERATION_HEADERS);
            assertThat(operations.getLastRowNum()).isEqualTo(6);
        }
        List<List<String>> tasks = csv(tasksCsv);
        assertThat(tasks).hasSize(4);
        assertThat(tasks.get(3)).containsExactly("2021-03-03T10:00:00Z", AuditHistoryFixture.SOP,
                f.keyPrefix() + "a", "northwind", "Legal review", "reject", AuditHistoryFixture.REJECT_COMMENT, f.a());
        assertThat(new String(tasksCsv, StandardCharsets.UTF_8))
                .contains("\"Add the \"\"price\"\", please:\n4 €\"").contains("\r\n");
        List<List<String>> operations = csv(operationsCsv);
        assertThat(operations.get(0)).isEqualTo(AuditExport.OPERATION_HEADERS);
        assertThat(operations.subList(1, operations.size())).hasSize(6)
                .allSatisfy(row -> assertThat(row.get(1)).isIn("Claim", "Complete"));
    }

    @Test
    void anExportChecksTheCallerToo() {
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> export.instances(mine, ExportFormat.CSV, new ByteArrayOutputStream(),
                    ExportProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private interface Writing {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return texts;
    }

    /** RFC 4180: fields split by commas, records by CRLF, quoted fields may hold both and "" for a quote. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the file ends with CRLF").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }
}
