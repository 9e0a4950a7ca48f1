package io.engineroom.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.engineroom.reporting.KpiDictionary;
import io.engineroom.reporting.ReportFigures.DailyTrend;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The dashboard's sections, each a heading, a chart and the chart's figures as a table: every KPI column with its
 * dictionary entry, every figure a link to its items where the person may open that screen. With several brands a
 * note says whether the figures stand side by side or are summed.
 */
class DashboardSections {

    private final KpiDictionary dictionary;
    private final Predicate<String> mayOpen;

    /** @param mayOpen whether the signed-in person may open a screen (by path): only those figures are links */
    DashboardSections(KpiDictionary dictionary, Predicate<String> mayOpen) {
        this.dictionary = dictionary;
        this.mayOpen = mayOpen;
    }

    Component slaSection(List<BrandFigures> figures, boolean several) {
        FigureTable table = new FigureTable("sla-figures", "SLA compliance and backlog by queue");
        table.columns(brandColumn(several, "Queue (category)")).columns(kpi("interactions_received", "Received"),
                kpi("sla_compliance", "Within SLA, %"), kpi("first_response_minutes", "Median first response, min"),
                "Open backlog", "Breached, open");
        for (BrandFigures brand : figures) {
            for (QueueSla queue : brand.sla()) {
                String inbox = DashboardLinks.inbox(brand.brandId(), queue.queue());
                table.row(brandCells(several, brand, queue.queue()).and(queue.received(), number(queue.compliance()),
                        number(queue.medianFirstResponseMinutes()),
                        link(String.valueOf(queue.openBacklog()), inbox),
                        link(String.valueOf(queue.breachedOpen()), inbox)));
            }
        }
        return section("sla", "SLA compliance and backlog", several ? "Side by side per brand." : null,
                new ChartFigure("sla-chart", DashboardCharts.percent(DashboardCharts.bars("Answered within SLA by queue", "Queue (category)",
                        "Answered within SLA (%)", DashboardCharts.slaCompliance(figures), false))),
                table.noneYet());
    }

    Component stageSection(List<BrandFigures> figures, boolean several) {
        FigureTable table = new FigureTable("stage-figures", "Approval cycle time by stage");
        table.columns(brandColumn(several, "Stage")).columns("Completed",
                kpi("approval_cycle_hours", "Median hours"), "90th percentile, hours", kpi("rejections", "Sent back"));
        for (BrandFigures brand : figures) {
            String work = DashboardLinks.approvalWork(brand.brandId());
            for (StageCycle stage : brand.stages()) {
                table.row(brandCells(several, brand, link(stage.stage(), work)).and(
                        link(String.valueOf(stage.completed()), work), number(stage.medianHours()),
                        number(stage.p90Hours()), link(String.valueOf(stage.rejections()), work)));
            }
        }
        return section("stages", "Where approval work waits", several ? "Side by side per brand." : null,
                new ChartFigure("stage-chart", DashboardCharts.bars("Median wait by approval stage", "Stage",
                        "Median hours", DashboardCharts.stageWaits(figures), true)),
                table.noneYet());
    }

    Component pillarSection(List<BrandFigures> figures, boolean several) {
        FigureTable table = new FigureTable("pillar-figures", "Pillar balance against target");
        table.columns(brandColumn(several, "Pillar")).columns(kpi("posts_published", "Posts"), "Share, %",
                "Target, %", kpi("engagements", "Engagements"));
        for (BrandFigures brand : figures) {
            String calendar = DashboardLinks.calendar(brand.brandId());
            for (PillarFigures pillar : brand.pillars()) {
                table.row(brandCells(several, brand, link(pillar.pillar(), calendar)).and(
                        link(String.valueOf(pillar.posts()), calendar), number(pillar.share()),
                        number(pillar.targetShare()), pillar.engagements()));
            }
        }
        return section("pillars", "Pillar balance", several ? "Side by side per brand: each brand has its own pillars."
                : null, new ChartFigure("pillar-chart", DashboardCharts.percent(DashboardCharts.bars("Pillar share of posts against target",
                        "Pillar", "Share of posts (%)", DashboardCharts.pillarBalance(figures), true))),
                table.noneYet());
    }

    Component sentimentSection(List<BrandFigures> figures, boolean several) {
        List<DailyTrend> trend = DashboardCharts.summedTrend(figures);
        String brandId = several ? null : figures.get(0).brandId();
        FigureTable table = new FigureTable("sentiment-figures", "Interactions received per day by sentiment");
        table.columns("Day", kpi("negative_share", "Negative"), "Neutral", "Positive");
        for (DailyTrend day : trend) {
            table.row(day.day(), link(String.valueOf(day.negative()),
                    DashboardLinks.inboxBySentiment(brandId, "NEGATIVE")),
                    link(String.valueOf(day.neutral()), DashboardLinks.inboxBySentiment(brandId, "NEUTRAL")),
                    link(String.valueOf(day.positive()),
                            DashboardLinks.inboxBySentiment(brandId, "POSITIVE")));
        }
        return section("sentiment", "Sentiment trend", several ? "Summed over your brands." : null,
                new ChartFigure("sentiment-chart", DashboardCharts.lines("Interactions by sentiment", "Interactions",
                        DashboardCharts.sentiment(trend), new Color(0xe03131), new Color(0x868e96),
                        new Color(0x2f9e44))),
                folded(table.noneYet()));
    }

    Component engagementSection(List<BrandFigures> figures, boolean several) {
        List<DailyTrend> trend = DashboardCharts.summedTrend(figures);
        FigureTable table = new FigureTable("engagement-figures", "Engagement per day");
        table.columns("Day", kpi("impressions", "Impressions"), kpi("engagements", "Engagements"));
        for (DailyTrend day : trend) {
            // summed over brands there is no one calendar to open
            Object engagements = several ? day.engagements()
                    : link(String.valueOf(day.engagements()), DashboardLinks.calendar(figures.get(0)
                            .brandId()));
            table.row(day.day(), day.impressions(), engagements);
        }
        return section("engagement", "Engagement trend", several ? "Summed over your brands." : null,
                new ChartFigure("engagement-chart", DashboardCharts.lines("Engagements per day", "Engagements",
                        DashboardCharts.engagement(trend), new Color(0x1676f3))),
                folded(table.noneYet()));
    }

    /** A day per row is long: the trend tables open on demand. */
    private static Details folded(FigureTable table) {
        Details details = new Details("Figures per day", table);
        details.setId(table.getId().orElseThrow() + "-details");
        return details;
    }

    private static Component section(String key, String heading, String note, Component chart, Component figures) {
        Div section = new Div(new H3(heading));
        section.setId("section-" + key);
        section.addClassName("dashboard-section");
        if (note != null) {
            Paragraph across = new Paragraph(note);
            across.addClassName("across-brands");
            across.addClassName("er-dashboard__across");
            section.add(across);
        }
        section.add(chart, figures);
        section.addClassName("er-dashboard__section");
        return section;
    }

    /** A figure that opens the items behind it, where this person may open that screen; else just the figure. */
    private Component link(String text, String href) {
        if (!mayOpen.test(DashboardLinks.screen(href))) {
            return new Span(text);
        }
        Anchor link = new Anchor(href, text);
        link.addClassName("figure-link");
        return link;
    }

    private KpiLabel kpi(String key, String text) {
        return new KpiLabel(dictionary.get(key), text);
    }

    private static Object[] brandColumn(boolean several, String first) {
        return several ? new Object[] {"Brand", first} : new Object[] {first};
    }

    private static Cells brandCells(boolean several, BrandFigures brand, Object first) {
        return new Cells(several ? new Object[] {brand.brandName(), first} : new Object[] {first});
    }

    private static String number(Double value) {
        return FigureTable.number(value);
    }

    /** The leading cells of a row (brand, name), joined with the figures after them. */
    private record Cells(Object[] lead) {

        Object[] and(Object... rest) {
            Object[] all = Arrays.copyOf(lead, lead.length + rest.length);
            System.arraycopy(rest, 0, all, lead.length, rest.length);
            return all;
        }
    }
}
