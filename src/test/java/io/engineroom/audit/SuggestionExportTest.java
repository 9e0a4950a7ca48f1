package io.engineroom.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The AI suggestions in the auditors' export, read back cell by cell: who asked, when, for which task and item, the
 * model, the prompt, its text and what the person submitted; only the brands the auditor belongs to, another brand
 * refused before anything is written.
 */
@EngineRoomIntegrationTest
class SuggestionExportTest {

    private static final Instant ASKED = Instant.parse("2024-05-06T07:08:09Z");
    private static final Instant COMPLETED = Instant.parse("2024-05-06T07:30:00Z");
    private static final String PROMPT = "[system]\nYou write captions.\n\n[user]\nBrief: \"Autumn\", roasted";
    private static final String OUTPUT = "=Autumn is here, warm and nutty.";
    private static final String SUBMITTED = "Autumn is here: warm, nutty, at every counter.";

    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditExport export;

    String mine;
    String other;
    String auditor;
    String asker;
    String task;

    @BeforeEach
    void suggestionsOfTwoBrands() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        mine = "sugx-" + suffix;
        other = "sugx-other-" + suffix;
        AsAdmin.run(() -> brands.create(mine, "Suggestion Export " + suffix, false));
        AsAdmin.run(() -> brands.create(other, "Other Export " + suffix, false));
        auditor = TestUsers.ensure(users, brands, "sugx-auditor-" + suffix, Role.AUDITOR, mine);
        asker = "sugx-copywriter-" + suffix;
        task = "task-" + suffix;
        insert(mine, task, "CAPTION", "content:41", OUTPUT, "DRAFTED", SUBMITTED, 17, ASKED);
        insert(mine, task + "-reply", "REPLY", "interaction:9f", null, "TIMED_OUT", null, null,
                ASKED.plusSeconds(60));
        insert(other, "task-other-" + suffix, "CAPTION", "content:42", "Not yours", "DRAFTED", "Not yours either",
                0, ASKED.plusSeconds(120));
    }

    @Test
    void theAuditorsWorkbookHoldsTheirBrandsSuggestionsWithWhatThePersonSubmitted() throws IOException {
        byte[] file;
        try (var signedIn = SignedIn.as(users, auditor)) {
            file = write(out -> export.suggestions(null, ExportFormat.XLSX, out, (done, total) -> { }));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("AI suggestions");
            assertThat(texts(sheet.getRow(0))).isEqualTo(AuditExport.SUGGESTION_HEADERS);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row reply = sheet.getRow(1);
            assertThat(texts(reply)).containsExactly("", asker, mine, "Suggest reply", task + "-reply",
                    "interaction:9f", "test-model", "timed out", PROMPT, "", "", "", "", "", "");
            Row caption = sheet.getRow(2);
            assertThat(texts(caption)).containsExactly("", asker, mine, "Draft caption", task, "content:41",
                    "test-model", "drafted", PROMPT, OUTPUT, SUBMITTED, "", asker, "", "");
            assertThat(caption.getCell(0).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.ofInstant(ASKED, ZoneOffset.UTC));
            assertThat(caption.getCell(11).getNumericCellValue()).isEqualTo(17);
            assertThat(caption.getCell(13).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.ofInstant(COMPLETED, ZoneOffset.UTC));
        }
    }

    @Test
    void theCsvHoldsOneBrandsSuggestionsWithFormulasDefused() {
        byte[] file;
        try (var signedIn = SignedIn.as(users, auditor)) {
            file = write(out -> export.suggestions(mine, ExportFormat.CSV, out, (done, total) -> { }));
        }
        List<List<String>> rows = AuditExportTest.csv(file);
        assertThat(rows.get(0)).isEqualTo(AuditExport.SUGGESTION_HEADERS);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).containsExactly(ASKED.toString(), asker, mine, "Draft caption", task,
                "content:41", "test-model", "drafted", PROMPT, "'" + OUTPUT, SUBMITTED, "17", asker,
                COMPLETED.toString(), "");
        assertThat(rows.get(1).get(4)).isEqualTo(task + "-reply");
        assertThat(rows).noneMatch(row -> row.contains(other));
    }

    @Test
    void anotherBrandIsRefusedToTheAuditorAndTheExportToSomeoneWhoIsNoAuditor() {
        try (var signedIn = SignedIn.as(users, auditor)) {
            for (ExportFormat format : ExportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertThatThrownBy(() -> export.suggestions(other, format, out, (done, total) -> { }))
                        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not one of your brands");
                assertThat(out.size()).isZero();
            }
        }
        String copywriter = TestUsers.ensure(users, brands, "sugx-copy-" + mine, Role.COPYWRITER, mine);
        try (var signedIn = SignedIn.as(users, copywriter)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> export.suggestions(mine, ExportFormat.CSV, out, (done, total) -> { }))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(out.size()).isZero();
        }
        // an admin reads every brand's, the other one's too
        byte[] file;
        try (var signedIn = SignedIn.as(users, "admin")) {
            file = write(out -> export.suggestions(other, ExportFormat.CSV, out, (done, total) -> { }));
        }
        List<List<String>> rows = AuditExportTest.csv(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains(other, "Not yours either");
    }

    private void insert(String brand, String taskId, String kind, String businessKey, String output,
            String outcome, String submitted, Integer distance, Instant askedAt) {
        boolean completed = submitted != null;
        jdbc.update("insert into ai_suggestion (brand_id, kind, task_id, task_key, business_key, model, prompt, "
                + "output, outcome, requested_by, requested_at, submitted_text, edit_distance, completed_by, "
                + "completed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", brand, kind, taskId,
                "CAPTION".equals(kind) ? "WriteCopy" : "Respond", businessKey, "test-model", PROMPT, output,
                outcome, asker, Timestamp.from(askedAt), submitted, distance, completed ? asker : null,
                completed ? Timestamp.from(COMPLETED) : null);
    }

    private interface Writing {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        // an empty cell is not written at all: read as many as there are headers
        for (int i = 0; i < AuditExport.SUGGESTION_HEADERS.size(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return texts;
    }
}
