package io.engineroom.reporting.excel;

import io.engineroom.reporting.ReportFigures.InteractionRow;
import io.engineroom.reporting.ReportFigures.PostDayRow;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The two detail sheets, one row per interaction and per post-day, streamed as the metrics read them. */
final class DetailSheets {

    static final String INTERACTIONS = "Interactions";
    static final String POST_DAYS = "Post days";
    static final List<Column> INTERACTION_COLUMNS = List.of(new Column("Interaction", 38), new Column("Channel", 22),
            new Column("Kind", 10), new Column("Category", 12), new Column("Sentiment", 10),
            new Column("Priority", 10), new Column("Received (UTC)", 17), new Column("First response (UTC)", 17),
            new Column("SLA due (UTC)", 17), new Column("Minutes to first response", 12),
            new Column("Past SLA", 9), new Column("State", 12));
    static final List<Column> POST_DAY_COLUMNS = List.of(new Column("Content item", 12), new Column("Post", 40),
            new Column("Channel", 22), new Column("Day", 12), new Column("Impressions", 12), new Column("Reach", 12),
            new Column("Engagements", 12), new Column("Saves", 10), new Column("Shares", 10),
            new Column("Comments", 10), new Column("Clicks", 10));

    private final Styles styles;

    DetailSheets(Styles styles) {
        this.styles = styles;
    }

    StreamedSheet interactions(SXSSFWorkbook workbook) {
        return new StreamedSheet(workbook, styles, INTERACTIONS, INTERACTION_COLUMNS);
    }

    StreamedSheet postDays(SXSSFWorkbook workbook) {
        return new StreamedSheet(workbook, styles, POST_DAYS, POST_DAY_COLUMNS);
    }

    void write(StreamedSheet sheet, InteractionRow row) {
        Double minutes = row.firstResponseAt() == null ? null
                : Duration.between(row.receivedAt(), row.firstResponseAt()).toSeconds() / 60.0;
        sheet.next().text(row.id()).text(row.channel()).text(row.kind()).text(row.category()).text(row.sentiment())
                .text(row.priority()).utc(row.receivedAt()).utc(row.firstResponseAt())
                .utc(row.slaDueAt()).number(minutes, styles.decimal).yesNo(row.breached()).text(row.state());
    }

    void write(StreamedSheet sheet, PostDayRow row) {
        sheet.next().number(row.contentItemId(), styles.plain).text(row.title()).text(row.channel())
                .date(row.day()).number(row.impressions(), styles.count).number(row.reach(), styles.count)
                .number(row.engagements(), styles.count).number(row.saves(), styles.count)
                .number(row.shares(), styles.count).number(row.comments(), styles.count)
                .number(row.clicks(), styles.count);
    }
}
