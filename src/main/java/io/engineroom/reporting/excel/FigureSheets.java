package io.engineroom.reporting.excel;

import io.engineroom.reporting.ReportFigures.ChannelFigures;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.PostFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The small per-period tables, each with a native chart under it: channels, pillars, SLA, approval stages, top
 * and bottom posts. Each table starts with its header in the first row, so chart ranges start in row 2.
 */
final class FigureSheets {

    static final List<Column> CHANNELS = List.of(new Column("Channel", 28), new Column("Platform", 14),
            new Column("Posts", 10), new Column("Impressions", 14), new Column("Reach", 14),
            new Column("Engagements", 14), new Column("Engagement rate", 12), new Column("Saves", 10),
            new Column("Shares", 10), new Column("Comments", 10), new Column("Clicks", 10),
            new Column("Follower change", 12), new Column("Leads", 10));
    static final List<Column> PILLARS = List.of(new Column("Pillar", 28), new Column("Posts", 10),
            new Column("Share of posts", 12), new Column("Target share", 12), new Column("Against target", 14),
            new Column("Engagements", 14));
    static final List<Column> SLA = List.of(new Column("Queue", 24), new Column("Received", 12),
            new Column("Answered", 12), new Column("Answered within SLA", 14), new Column("SLA compliance", 12),
            new Column("Median first response", 14), new Column("Open backlog", 12),
            new Column("Open past SLA", 12));
    static final List<Column> APPROVAL = List.of(new Column("Stage", 28), new Column("Task", 18),
            new Column("Completed", 12), new Column("Median hours", 12), new Column("90th percentile hours", 14),
            new Column("Sent back", 12));
    static final List<Column> POSTS = List.of(new Column("Post", 40), new Column("Channel", 24),
            new Column("Published on", 12), new Column("Impressions", 14), new Column("Engagements", 14),
            new Column("Engagement rate", 12), new Column("Content item", 12));
    private static final int CHART_HEIGHT = 18;

    private final Styles styles;

    FigureSheets(Styles styles) {
        this.styles = styles;
    }

    void channels(XSSFSheet sheet, List<ChannelFigures> channels) {
        Tables.header(sheet, styles, 0, CHANNELS);
        int rowIndex = 1;
        for (ChannelFigures channel : channels) {
            new Line(sheet.createRow(rowIndex++), styles).text(channel.channel()).text(channel.platform())
                    .number(channel.posts(), styles.count).number(channel.impressions(), styles.count)
                    .number(channel.reach(), styles.count).number(channel.engagements(), styles.count)
                    .number(rate(channel.engagements(), channel.impressions()), styles.percent)
                    .number(channel.saves(), styles.count).number(channel.shares(), styles.count)
                    .number(channel.comments(), styles.count).number(channel.clicks(), styles.count)
                    .number(channel.followerChange(), styles.signedCount).number(channel.leads(), styles.count);
        }
        if (channels.isEmpty()) {
            Tables.note(sheet, 2, "No channel had figures in this period.", styles.text);
            return;
        }
        chartBelow(new BarChart(sheet, "Engagements per channel", 0, 1, channels.size(), 0).series(5), rowIndex);
    }

    void pillars(XSSFSheet sheet, List<PillarFigures> pillars) {
        Tables.header(sheet, styles, 0, PILLARS);
        int rowIndex = 1;
        for (PillarFigures pillar : pillars) {
            Double against = pillar.targetShare() == null ? null : pillar.share() - pillar.targetShare();
            new Line(sheet.createRow(rowIndex++), styles).text(pillar.pillar()).number(pillar.posts(), styles.count)
                    .percent(pillar.share()).percent(pillar.targetShare())
                    .number(against, styles.percentPoints).number(pillar.engagements(), styles.count);
        }
        if (pillars.isEmpty()) {
            Tables.note(sheet, 2, "No posts in this period.", styles.text);
            return;
        }
        chartBelow(new BarChart(sheet, "Pillar share of posts against target", 0, 1, pillars.size(), 0).series(2)
                .series(3).axisFormat("0%"), rowIndex);
    }

    void sla(XSSFSheet sheet, List<QueueSla> queues) {
        Tables.header(sheet, styles, 0, SLA);
        int rowIndex = 1;
        for (QueueSla queue : queues) {
            new Line(sheet.createRow(rowIndex++), styles).text(queue.queue()).number(queue.received(), styles.count)
                    .number(queue.answered(), styles.count).number(queue.withinSla(), styles.count)
                    .percent(queue.compliance()).number(queue.medianFirstResponseMinutes(), styles.minutes)
                    .number(queue.openBacklog(), styles.count).number(queue.breachedOpen(), styles.count);
        }
        if (queues.isEmpty()) {
            Tables.note(sheet, 2, "No interactions in this period.", styles.text);
            return;
        }
        chartBelow(new BarChart(sheet, "SLA compliance per queue", 0, 1, queues.size(), 0).series(4)
                .axisFormat("0%"), rowIndex);
    }

    void approval(XSSFSheet sheet, List<StageCycle> stages) {
        Tables.header(sheet, styles, 0, APPROVAL);
        int rowIndex = 1;
        for (StageCycle stage : stages) {
            new Line(sheet.createRow(rowIndex++), styles).text(stage.stage()).text(stage.taskKey())
                    .number(stage.completed(), styles.count).number(stage.medianHours(), styles.hours)
                    .number(stage.p90Hours(), styles.hours).number(stage.rejections(), styles.count);
        }
        if (stages.isEmpty()) {
            Tables.note(sheet, 2, "No approval work was completed in this period.", styles.text);
            return;
        }
        chartBelow(new BarChart(sheet, "Hours of waiting per approval stage", 0, 1, stages.size(), 0).series(3)
                .series(4), rowIndex);
    }

    /** Two tables on one sheet: the best posts, then (after a gap) the weakest; engagement rate as everywhere. */
    void posts(XSSFSheet sheet, List<PostFigures> top, List<PostFigures> bottom) {
        Tables.note(sheet, 0, "Top posts", styles.title);
        Tables.header(sheet, styles, 1, POSTS);
        int rowIndex = posts(sheet, 2, top);
        Tables.note(sheet, ++rowIndex, "Bottom posts", styles.title);
        Tables.headerRow(sheet, styles, ++rowIndex, POSTS);
        posts(sheet, rowIndex + 1, bottom);
    }

    private int posts(XSSFSheet sheet, int rowIndex, List<PostFigures> posts) {
        if (posts.isEmpty()) {
            Tables.note(sheet, rowIndex, "No posts in this period.", styles.text);
            return rowIndex + 1;
        }
        for (PostFigures post : posts) {
            new Line(sheet.createRow(rowIndex++), styles).text(post.title()).text(post.channel())
                    .date(post.publishedOn()).number(post.impressions(), styles.count)
                    .number(post.engagements(), styles.count)
                    .number(rate(post.engagements(), post.impressions()), styles.percent)
                    .number(post.contentItemId(), styles.plain);
        }
        return rowIndex;
    }

    private static Double rate(long engagements, long impressions) {
        return impressions == 0 ? null : (double) engagements / impressions;
    }

    private static void chartBelow(BarChart chart, int rowAfterTable) {
        chart.drawAt(0, rowAfterTable + 1, 6, rowAfterTable + 1 + CHART_HEIGHT);
    }
}
