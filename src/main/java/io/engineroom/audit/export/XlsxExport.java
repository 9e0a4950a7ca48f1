package io.engineroom.audit.export;

import io.engineroom.audit.ExportProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as an Excel workbook, one sheet each, written with POI's streaming SXSSF: only a window of rows stays in
 * memory, the rest goes to a temporary file POI deletes at the end. Times are real date cells in UTC, so Excel
 * sorts and filters them; the header row is bold and frozen.
 */
public final class XlsxExport {

    private static final int ROWS_IN_MEMORY = 200;

    private XlsxExport() {
    }

    public static void write(List<ExportTable> tables, OutputStream out, ExportProgress progress) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            SXSSFSheet[] sheet = new SXSSFSheet[1];
            TableWriter.each(tables, progress, TableWriter.TableSink.of(table -> {
                sheet[0] = workbook.createSheet(table.name());
                sheet[0].createFreezePane(0, 1);
                Row row = sheet[0].createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(table.headers().get(i));
                    cell.setCellStyle(header);
                }
            }, cells -> {
                Row row = sheet[0].createRow(sheet[0].getLastRowNum() + 1);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Instant instant) {
                        cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                        cell.setCellStyle(time);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the file is written; closing only frees the temporary files, which dispose() already removed
            }
        }
    }
}
