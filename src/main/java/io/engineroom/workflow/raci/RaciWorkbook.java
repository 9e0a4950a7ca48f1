package io.engineroom.workflow.raci;

import io.engineroom.workflow.RaciMatrix;
import io.engineroom.workflow.RaciStep;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * RACI matrices as an Excel workbook, one sheet per SOP: a title row (name, key, version), the header row (Step,
 * then the roles), one row per step with each role's letters, then the warnings under a "Warnings" row. The
 * matrices are small, so the plain in-memory workbook is enough (no streaming as in audit's export).
 */
public final class RaciWorkbook {

    private RaciWorkbook() {
    }

    public static void write(List<RaciMatrix> matrices, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Set<String> names = new HashSet<>();
            for (RaciMatrix matrix : matrices) {
                sheet(workbook.createSheet(sheetName(matrix.key(), names)), matrix);
            }
            if (matrices.isEmpty()) {
                workbook.createSheet("No SOPs").createRow(0).createCell(0).setCellValue("No SOP is deployed");
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, RaciMatrix matrix) {
        sheet.createRow(0).createCell(0)
                .setCellValue(matrix.name() + " (" + matrix.key() + ", version " + matrix.version() + ")");
        List<String> roles = matrix.roles();
        Row header = sheet.createRow(1);
        header.createCell(0).setCellValue("Step");
        for (int i = 0; i < roles.size(); i++) {
            header.createCell(i + 1).setCellValue(roles.get(i));
        }
        int rowIndex = 2;
        for (RaciStep step : matrix.steps()) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(step.name());
            for (int i = 0; i < roles.size(); i++) {
                row.createCell(i + 1).setCellValue(step.letters(roles.get(i)));
            }
        }
        if (!matrix.warnings().isEmpty()) {
            sheet.createRow(++rowIndex).createCell(0).setCellValue("Warnings");
            for (String warning : matrix.warnings()) {
                sheet.createRow(++rowIndex).createCell(0).setCellValue(warning);
            }
        }
        sheet.createFreezePane(1, 2);
    }

    /** Excel allows 31 characters and no duplicates; keys are unique, but truncation could collide. */
    private static String sheetName(String key, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(key.length() > 28 ? key.substring(0, 28) : key);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            name = base + "~" + n;
        }
        return name;
    }
}
