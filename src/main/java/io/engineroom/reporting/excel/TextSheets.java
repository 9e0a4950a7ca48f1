package io.engineroom.reporting.excel;

import io.engineroom.reporting.KpiDefinition;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** "Insights" (the analyst's words, one paragraph a row) and "Dictionary" (every KPI definition). */
final class TextSheets {

    static final String NOT_WRITTEN = "Not written yet: the analyst adds insights and recommendations to this report.";
    static final List<Column> DICTIONARY = List.of(new Column("Key", 24), new Column("KPI", 28),
            new Column("Formula", 50), new Column("Source", 36), new Column("Why it matters", 70),
            new Column("Unit", 10), new Column("Higher is better", 10));
    /** What one cell can hold. */
    private static final int CELL_LIMIT = 32_767;

    private final Styles styles;

    TextSheets(Styles styles) {
        this.styles = styles;
    }

    void insights(Sheet sheet, String title, String insights) {
        sheet.setColumnWidth(0, 120 * 256);
        Tables.note(sheet, 0, title + ": insights and recommendations", styles.title);
        if (insights == null || insights.isBlank()) {
            Tables.note(sheet, 2, NOT_WRITTEN, styles.wrapped);
            return;
        }
        int rowIndex = 2;
        for (String paragraph : insights.strip().split("\\R")) {
            for (int from = 0; from < paragraph.length() || from == 0; from += CELL_LIMIT) {
                String piece = paragraph.substring(from, Math.min(paragraph.length(), from + CELL_LIMIT));
                Tables.note(sheet, rowIndex++, piece, styles.wrapped);
            }
        }
    }

    void dictionary(Sheet sheet, List<KpiDefinition> definitions) {
        Tables.header(sheet, styles, 0, DICTIONARY);
        int rowIndex = 1;
        for (KpiDefinition kpi : definitions) {
            new Line(sheet.createRow(rowIndex++), styles).text(kpi.key()).text(kpi.name())
                    .text(kpi.formula(), styles.wrapped).text(kpi.source(), styles.wrapped)
                    .text(kpi.whyItMatters(), styles.wrapped).text(kpi.unit()).yesNo(kpi.higherIsBetter());
        }
    }
}
