package io.engineroom.reporting.excel;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A detail table written row by row through SXSSF: only the last rows stay in memory, the rest go to a temporary
 * file. A sheet holds at most 1 048 576 rows; past that the table goes on in "Name (2)", "Name (3)", … with the
 * same header, so nothing is cut off.
 */
final class StreamedSheet {

    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final String name;
    private final List<Column> columns;
    private final int maxRows;
    private Sheet sheet;
    private int parts;
    private int nextRow;
    private long rows;

    StreamedSheet(SXSSFWorkbook workbook, Styles styles, String name, List<Column> columns) {
        this(workbook, styles, name, columns, MAX_ROWS);
    }

    /** {@code maxRows} per sheet, header included: smaller only in tests of the roll-over. */
    StreamedSheet(SXSSFWorkbook workbook, Styles styles, String name, List<Column> columns, int maxRows) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.columns = columns;
        this.maxRows = maxRows;
        startSheet();
    }

    Line next() {
        if (nextRow >= maxRows) {
            startSheet();
        }
        rows++;
        return new Line(sheet.createRow(nextRow++), styles);
    }

    /** Data rows written, over every part. */
    long rows() {
        return rows;
    }

    /** A note under the header when nothing was written. */
    void noneWritten(String note) {
        if (rows == 0) {
            Tables.note(sheet, 2, note, styles.text);
        }
    }

    private void startSheet() {
        parts++;
        sheet = workbook.createSheet(parts == 1 ? name : name + " (" + parts + ")");
        Tables.header(sheet, styles, 0, columns);
        nextRow = 1;
    }
}
