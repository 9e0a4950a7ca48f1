package io.engineroom.reporting.excel;

import io.engineroom.reporting.KpiDefinition;
import io.engineroom.reporting.KpiValue;
import io.engineroom.reporting.ReportPeriod;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * "Summary": every KPI against the previous period and the brand's target, with its definition beside it (a
 * column, and a comment on the KPI's name for whoever reads the figure without scrolling right).
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final int HEADER_ROW = 3;
    static final List<Column> COLUMNS = List.of(new Column("KPI", 28), new Column("Value", 14),
            new Column("Previous period", 16), new Column("Change", 14), new Column("Change %", 12),
            new Column("Target", 14), new Column("On track?", 11), new Column("Definition (formula)", 50),
            new Column("Why it matters", 60), new Column("Source", 30), new Column("Key", 24));

    private final Styles styles;

    SummarySheet(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, ReportPeriod period, List<KpiValue> kpis, Map<String, KpiDefinition> definitions) {
        Tables.note(sheet, 0, title(period), styles.title);
        ReportPeriod previous = period.previous();
        Tables.note(sheet, 1, "Period " + period.start() + " to " + period.end().minusDays(1) + " (brand's days);"
                + " previous period " + previous.start() + " to " + previous.end().minusDays(1) + ".", styles.text);
        Tables.header(sheet, styles, HEADER_ROW, COLUMNS);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int rowIndex = HEADER_ROW + 1;
        for (KpiValue kpi : kpis) {
            KpiDefinition definition = definitions.get(kpi.kpi());
            Row row = sheet.createRow(rowIndex++);
            write(row, kpi, definition);
            if (definition != null) {
                explain(drawing, row.getCell(0), definition);
            }
        }
    }

    static String title(ReportPeriod period) {
        String cadence = period.cadence().name().charAt(0) + period.cadence().name().substring(1).toLowerCase();
        return cadence + " report — " + period.brandId() + ", " + period.start() + " to " + period.end().minusDays(1);
    }

    private void write(Row row, KpiValue kpi, KpiDefinition definition) {
        String unit = definition == null ? "count" : definition.unit();
        Line line = new Line(row, styles).text(definition == null ? kpi.kpi() : definition.name());
        value(line, kpi.value(), unit);
        value(line, kpi.previous(), unit);
        Double change = kpi.value() == null || kpi.previous() == null ? null : kpi.value() - kpi.previous();
        line.number(change, changeStyle(unit));
        line.number(change == null || kpi.previous() == 0 ? null : change / Math.abs(kpi.previous()), styles.percent);
        value(line, kpi.target(), unit);
        line.text(onTrack(kpi, definition));
        if (definition == null) {
            line.text("not in the KPI dictionary").text(null).text(null);
        } else {
            line.text(definition.formula(), styles.wrapped).text(definition.whyItMatters(), styles.wrapped)
                    .text(definition.source(), styles.wrapped);
        }
        line.text(kpi.kpi());
    }

    private void value(Line line, Double value, String unit) {
        switch (unit) {
            case "percent" -> line.percent(value);
            case "hours" -> line.number(value, styles.hours);
            case "minutes" -> line.number(value, styles.minutes);
            default -> line.number(value, styles.count);
        }
    }

    /** A percent KPI changes by percentage points; a count by a signed count; times by signed decimals. */
    private CellStyle changeStyle(String unit) {
        return switch (unit) {
            case "percent" -> styles.percentPoints;
            case "hours", "minutes" -> styles.signedDecimal;
            default -> styles.signedCount;
        };
    }

    static String onTrack(KpiValue kpi, KpiDefinition definition) {
        if (kpi.target() == null) {
            return "no target";
        }
        if (kpi.value() == null) {
            return "no data";
        }
        boolean higherIsBetter = definition == null || definition.higherIsBetter();
        return (higherIsBetter ? kpi.value() >= kpi.target() : kpi.value() <= kpi.target()) ? "yes" : "no";
    }

    private static void explain(Drawing<?> drawing, Cell cell, KpiDefinition definition) {
        ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 1, cell.getRowIndex(), 6, cell.getRowIndex() + 5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(cell.getSheet().getWorkbook().getCreationHelper().createRichTextString(
                definition.name() + ": " + definition.formula() + "\n" + definition.whyItMatters()));
        comment.setAuthor("KPI dictionary");
        cell.setCellComment(comment);
    }
}
