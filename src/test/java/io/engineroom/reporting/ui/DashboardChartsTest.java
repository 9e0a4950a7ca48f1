package io.engineroom.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandSummary;
import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportFigures.DailyTrend;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import io.engineroom.reporting.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

/** Figures to datasets to SVG, without Spring or a UI. */
class DashboardChartsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    static BrandFigures brand(String id, String name, List<QueueSla> sla, List<StageCycle> stages,
            List<PillarFigures> pillars, List<DailyTrend> trend) {
        return new BrandFigures(new BrandSummary(id, name, false),
                new ReportPeriod(id, Cadence.WEEKLY, MONDAY, MONDAY.plusDays(7)), sla, stages, pillars, trend);
    }

    final BrandFigures beanleaf = brand("beanleaf", "Beanleaf",
            List.of(new QueueSla("COMPLAINT", 10, 8, 6, 75.0, 42.0, 2, 1),
                    new QueueSla("QUESTION", 3, 0, 0, null, null, 3, 0)),
            List.of(new StageCycle("WriteCopy", "Write copy", 4, 5.5, 9.0, 1),
                    new StageCycle("LegalReview", "Legal review", 0, null, null, 0)),
            List.of(new PillarFigures(1, "Education", 3, 60.0, 40.0, 120),
                    new PillarFigures(2, "Promotion", 2, 40.0, 15.0, 30)),
            List.of(new DailyTrend(MONDAY, 1000, 50, 2, 5, 3), new DailyTrend(MONDAY.plusDays(1), 800, 40, 1, 1, 1)));
    final BrandFigures northwind = brand("northwind", "Northwind",
            List.of(new QueueSla("COMPLAINT", 4, 4, 4, 100.0, 10.0, 0, 0)),
            List.of(new StageCycle("WriteCopy", "Write copy", 2, 2.0, 3.0, 0)),
            List.of(new PillarFigures(7, "Education", 1, 100.0, null, 5)),
            List.of(new DailyTrend(MONDAY.plusDays(1), 200, 10, 4, 0, 2), new DailyTrend(MONDAY.plusDays(3), 100, 1,
                    0, 1, 0)));

    @Test
    void slaComplianceStandsSideBySidePerBrandAndLeavesOutQueuesWithNothingAnswered() {
        CategoryDataset data = DashboardCharts.slaCompliance(List.of(beanleaf, northwind));

        assertThat(data.getRowKeys()).containsExactly("Beanleaf", "Northwind");
        assertThat(data.getColumnKeys()).containsExactly("COMPLAINT");
        assertThat(data.getValue("Beanleaf", "COMPLAINT")).isEqualTo(75.0);
        assertThat(data.getValue("Northwind", "COMPLAINT")).isEqualTo(100.0);
    }

    @Test
    void stageWaitsAreTheMedianHoursOfStagesThatCompletedWork() {
        CategoryDataset data = DashboardCharts.stageWaits(List.of(beanleaf, northwind));

        assertThat(data.getColumnKeys()).containsExactly("Write copy");
        assertThat(data.getValue("Beanleaf", "Write copy")).isEqualTo(5.5);
        assertThat(data.getValue("Northwind", "Write copy")).isEqualTo(2.0);
    }

    @Test
    void pillarsShowShareAgainstTargetAndNameTheirBrandWhenSeveralAreShown() {
        CategoryDataset one = DashboardCharts.pillarBalance(List.of(beanleaf));
        assertThat(one.getRowKeys()).containsExactly(DashboardCharts.SHARE, DashboardCharts.TARGET);
        assertThat(one.getColumnKeys()).containsExactly("Education", "Promotion");
        assertThat(one.getValue(DashboardCharts.SHARE, "Promotion")).isEqualTo(40.0);
        assertThat(one.getValue(DashboardCharts.TARGET, "Promotion")).isEqualTo(15.0);

        CategoryDataset both = DashboardCharts.pillarBalance(List.of(beanleaf, northwind));
        assertThat(both.getColumnKeys()).containsExactly("Beanleaf · Education", "Beanleaf · Promotion",
                "Northwind · Education");
        assertThat(both.getValue(DashboardCharts.TARGET, "Northwind · Education")).isNull();
    }

    @Test
    void trendsAreSummedDayByDayAcrossBrandsOldestFirst() {
        List<DailyTrend> summed = DashboardCharts.summedTrend(List.of(northwind, beanleaf));

        assertThat(summed).containsExactly(new DailyTrend(MONDAY, 1000, 50, 2, 5, 3),
                new DailyTrend(MONDAY.plusDays(1), 1000, 50, 5, 1, 3),
                new DailyTrend(MONDAY.plusDays(3), 100, 1, 0, 1, 0));
    }

    @Test
    void sentimentAndEngagementAreOneSeriesEachPerDay() {
        List<DailyTrend> trend = DashboardCharts.summedTrend(List.of(beanleaf, northwind));

        TimeSeriesCollection sentiment = DashboardCharts.sentiment(trend);
        assertThat(sentiment.getSeriesCount()).isEqualTo(3);
        assertThat(sentiment.getSeries(DashboardCharts.NEGATIVE).getItemCount()).isEqualTo(3);
        assertThat(sentiment.getSeries(DashboardCharts.NEGATIVE).getValue(1).doubleValue()).isEqualTo(5.0);
        assertThat(sentiment.getSeries(DashboardCharts.POSITIVE).getValue(0).doubleValue()).isEqualTo(3.0);
        TimeSeriesCollection engagement = DashboardCharts.engagement(trend);
        assertThat(engagement.getSeries(0).getValue(1).doubleValue()).isEqualTo(50.0);
    }

    @Test
    void aChartBecomesOneScalableSvgWithItsTitleAndAxisLabels() {
        JFreeChart chart = DashboardCharts.bars("Answered within SLA by queue", "Queue", "Answered within SLA (%)",
                DashboardCharts.slaCompliance(List.of(beanleaf, northwind)), false);

        String svg = DashboardCharts.svg(chart);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("viewBox='0.0 0.0 640.0 320.0'")
                .doesNotContain("<svg width");
        assertThat(svg).contains("Answered within SLA by queue", "Queue", "Answered within SLA (%)",
                "COMPLAINT", "Beanleaf", "Northwind");
    }

    @Test
    void namesPeopleTypedAreEscapedNotMarkup() {
        BrandFigures sneaky = brand("x", "X", List.of(), List.of(),
                List.of(new PillarFigures(1, "<script>alert(1)</script>", 1, 100.0, 50.0, 0)), List.of());

        String svg = DashboardCharts.svg(DashboardCharts.bars("Pillars", "Pillar", "Share",
                DashboardCharts.pillarBalance(List.of(sneaky)), true));

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void aTimeSeriesChartDrawsWithoutData() {
        String svg = DashboardCharts.svg(DashboardCharts.lines("Engagements per day", "Engagements",
                DashboardCharts.engagement(List.of())));

        assertThat(svg).contains("Engagements per day", "Day", DashboardCharts.NO_DATA);
    }

    @Test
    void aPercentageChartRunsFromZeroToAHundred() {
        JFreeChart chart = DashboardCharts.percent(DashboardCharts.bars("SLA", "Queue", "%",
                DashboardCharts.slaCompliance(List.of(beanleaf)), false));

        assertThat(chart.getCategoryPlot().getRangeAxis().getRange().getLowerBound()).isZero();
        assertThat(chart.getCategoryPlot().getRangeAxis().getRange().getUpperBound()).isEqualTo(100.0);
    }

    @Test
    void shortWaitsAreDrawnFromZeroToAtLeastOne() {
        BrandFigures quick = brand("q", "Quick", List.of(), List.of(new StageCycle("WriteCopy", "Write copy", 1,
                0.00001, 0.00002, 0)), List.of(), List.of());

        JFreeChart chart = DashboardCharts.bars("Waits", "Stage", "Median hours", DashboardCharts.stageWaits(
                List.of(quick)), true);

        assertThat(chart.getCategoryPlot().getRangeAxis().getRange()).isEqualTo(new org.jfree.data.Range(0, 1));
        JFreeChart longer = DashboardCharts.bars("Waits", "Stage", "Median hours", DashboardCharts.stageWaits(
                List.of(beanleaf)), true);
        assertThat(longer.getCategoryPlot().getRangeAxis().getRange().getUpperBound()).isGreaterThan(5.5);
    }
}
