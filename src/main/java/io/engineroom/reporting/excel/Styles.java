package io.engineroom.reporting.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, made once: a workbook holds at most 64 000 styles, so a style per cell would run
 * out on the streamed sheets. Percent figures are stored as fractions (0.25) under a percent format, so Excel
 * computes with them as people expect; hours and minutes keep their unit in the format, not in the header only.
 */
final class Styles {

    final CellStyle header;
    final CellStyle title;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle plain;
    final CellStyle count;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle percentPoints;
    final CellStyle signedCount;
    final CellStyle signedDecimal;
    final CellStyle hours;
    final CellStyle minutes;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        text = workbook.createCellStyle();
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        plain = format(workbook, "0");
        count = format(workbook, "#,##0");
        decimal = format(workbook, "#,##0.0");
        percent = format(workbook, "0.0%");
        percentPoints = format(workbook, "+0.0\" pp\";-0.0\" pp\";0.0\" pp\"");
        signedCount = format(workbook, "+#,##0;-#,##0;0");
        signedDecimal = format(workbook, "+#,##0.0;-#,##0.0;0.0");
        hours = format(workbook, "0.0\" h\"");
        minutes = format(workbook, "0.0\" min\"");
        date = format(workbook, "yyyy-mm-dd");
        dateTime = format(workbook, "yyyy-mm-dd hh:mm");
    }

    private static CellStyle format(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }
}
