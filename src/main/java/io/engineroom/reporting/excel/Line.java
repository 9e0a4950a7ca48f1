package io.engineroom.reporting.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Fills one row from left to right. A missing figure (null) leaves its cell blank rather than 0, so "no data"
 * does not read as "nothing happened". Every cell gets a style of its own: a cell without one makes POI look up
 * its column's default style in the sheet's column definitions on every write, which took most of the time of a
 * million-row sheet.
 */
final class Line {

    private final Row row;
    private final Styles styles;
    private int column;

    Line(Row row, Styles styles) {
        this.row = row;
        this.styles = styles;
    }

    Line text(String value) {
        return text(value, styles.text);
    }

    Line text(String value, CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    Line number(Number value, CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return this;
    }

    /** A 0..100 figure, stored as the fraction a percent format shows. */
    Line percent(Double value) {
        return number(value == null ? null : value / 100, styles.percent);
    }

    Line date(LocalDate value) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /** Times are shown in UTC (the headers say so): the same instant reads the same for every reader. */
    Line utc(Instant value) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(styles.dateTime);
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
        return this;
    }

    Line yesNo(boolean value) {
        return text(value ? "yes" : "no");
    }
}
