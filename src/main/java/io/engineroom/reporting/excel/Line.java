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
 * does not read as "nothing happened".
 */
final class Line {

    private final Row row;
    private int column;

    Line(Row row) {
        this.row = row;
    }

    Line text(String value) {
        Cell cell = row.createCell(column++);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    Line text(String value, CellStyle style) {
        text(value);
        row.getCell(column - 1).setCellStyle(style);
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
    Line percent(Double value, Styles styles) {
        return number(value == null ? null : value / 100, styles.percent);
    }

    Line date(LocalDate value, Styles styles) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /** Times are shown in UTC (the headers say so): the same instant reads the same for every reader. */
    Line utc(Instant value, Styles styles) {
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
