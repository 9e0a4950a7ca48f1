package io.engineroom.reporting.excel;

import io.engineroom.listening.ListeningReport;
import io.engineroom.listening.SentimentDay;
import io.engineroom.listening.VoiceShare;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Social listening in the period: share of voice (the brand, then each tracked competitor) with a chart of their
 * mentions, then the brand's own mentions per day by sentiment. Figures from the listening module.
 */
final class ListeningSheet {

    static final String NAME = "Listening";
    static final List<Column> SHARES = List.of(new Column("Voice", 28), new Column("Mentions", 12),
            new Column("Share of voice", 12), new Column("Negative", 12), new Column("Neutral", 12),
            new Column("Positive", 12));
    static final List<Column> DAYS = List.of(new Column("Day", 28), new Column("Negative", 12),
            new Column("Neutral", 12), new Column("Positive", 12));
    private static final int CHART_HEIGHT = 18;

    private final Styles styles;

    ListeningSheet(Styles styles) {
        this.styles = styles;
    }

    void write(XSSFSheet sheet, ListeningReport report) {
        Tables.header(sheet, styles, 0, SHARES);
        int rowIndex = 1;
        for (VoiceShare share : report.shares()) {
            new Line(sheet.createRow(rowIndex++), styles).text(share.voice()).number(share.mentions(), styles.count)
                    .number(share.share(), styles.percent).number(share.negative(), styles.count)
                    .number(share.neutral(), styles.count).number(share.positive(), styles.count);
        }
        if (report.isEmpty()) {
            Tables.note(sheet, ++rowIndex, "No tracked mentions were found in this period.", styles.text);
        } else {
            new BarChart(sheet, "Share of voice: mentions", 0, 1, rowIndex - 1, 0).series(1)
                    .drawAt(0, rowIndex + 1, 6, rowIndex + 1 + CHART_HEIGHT);
            rowIndex += CHART_HEIGHT + 1;
        }
        rowIndex += 2;
        Tables.note(sheet, rowIndex++, "The brand's own mentions per day by sentiment", styles.title);
        Tables.headerRow(sheet, styles, rowIndex++, DAYS);
        for (SentimentDay day : report.days()) {
            new Line(sheet.createRow(rowIndex++), styles).date(day.day()).number(day.negative(), styles.count)
                    .number(day.neutral(), styles.count).number(day.positive(), styles.count);
        }
    }
}
