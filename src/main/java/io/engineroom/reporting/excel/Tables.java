package io.engineroom.reporting.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Header rows: widths, bold headers, and the rows above frozen so the header stays in sight while scrolling. */
final class Tables {

    private Tables() {
    }

    static void header(Sheet sheet, Styles styles, int rowIndex, List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        headerRow(sheet, styles, rowIndex, columns);
        sheet.createFreezePane(0, rowIndex + 1);
    }

    /** Just the header cells (a second table further down the same sheet). */
    static void headerRow(Sheet sheet, Styles styles, int rowIndex, List<Column> columns) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints()); // room for a header wrapped on two lines
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).title());
            cell.setCellStyle(styles.header);
        }
    }

    /** Printed landscape, one page wide: the small sheets are read on paper in review meetings. */
    static void printable(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** A line of text in its own row (a title, a note such as "nothing in this period"). */
    static void note(Sheet sheet, int rowIndex, String text, CellStyle style) {
        Cell cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
