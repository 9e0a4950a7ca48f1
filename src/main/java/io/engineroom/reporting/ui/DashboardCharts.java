package io.engineroom.reporting.ui;

import io.engineroom.reporting.ReportFigures.DailyTrend;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The dashboard's charts: figures to JFreeChart datasets to SVG, all on the server, so no frontend build or chart
 * add-on is needed. Across brands, SLA, stage and pillar figures stand side by side (a series or a category per
 * brand: percentages and medians do not add up); the daily trends are summed (counts do).
 */
final class DashboardCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    static final String NEGATIVE = "Negative";
    static final String NEUTRAL = "Neutral";
    static final String POSITIVE = "Positive";
    static final String SHARE = "Share of posts";
    static final String TARGET = "Target";
    static final String NO_DATA = "No figures in this period";

    private static final Color TARGET_GREY = new Color(0xadb5bd);
    private static final Color[] PALETTE = {new Color(0x1676f3), new Color(0xe8590c), new Color(0x2f9e44),
            new Color(0x7048e8), new Color(0xc2255c), new Color(0x0c8599), new Color(0x868e96)};

    static {
        // rotated labels (the value axis) as SVG text, not glyph outlines: readable, selectable, searchable
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private DashboardCharts() {
    }

    /** Answered within the SLA, percent, per queue; a series per brand. Queues with nothing answered are left out. */
    static CategoryDataset slaCompliance(List<BrandFigures> brands) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BrandFigures brand : brands) {
            for (QueueSla queue : brand.sla()) {
                if (queue.compliance() != null) {
                    data.addValue(queue.compliance(), brand.brandName(), queue.queue());
                }
            }
        }
        return data;
    }

    /** Median hours work waited in each approval stage; a series per brand. */
    static CategoryDataset stageWaits(List<BrandFigures> brands) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BrandFigures brand : brands) {
            for (StageCycle stage : brand.stages()) {
                if (stage.medianHours() != null) {
                    data.addValue(stage.medianHours(), brand.brandName(), stage.stage());
                }
            }
        }
        return data;
    }

    /** Each pillar's share of the posts against its target; with several brands a pillar is "brand · pillar". */
    static CategoryDataset pillarBalance(List<BrandFigures> brands) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BrandFigures brand : brands) {
            for (PillarFigures pillar : brand.pillars()) {
                String category = brands.size() > 1 ? brand.brandName() + " · " + pillar.pillar() : pillar.pillar();
                data.addValue(pillar.share(), SHARE, category);
                data.addValue(pillar.targetShare(), TARGET, category);
            }
        }
        return data;
    }

    /** The brands' days added up, oldest first: interactions and engagement are counts, so they sum. */
    static List<DailyTrend> summedTrend(List<BrandFigures> brands) {
        Map<LocalDate, DailyTrend> byDay = new TreeMap<>();
        for (BrandFigures brand : brands) {
            for (DailyTrend day : brand.trend()) {
                byDay.merge(day.day(), day, (a, b) -> new DailyTrend(a.day(), a.impressions() + b.impressions(),
                        a.engagements() + b.engagements(), a.negative() + b.negative(), a.neutral() + b.neutral(),
                        a.positive() + b.positive()));
            }
        }
        return List.copyOf(byDay.values());
    }

    /** Interactions received per day by sentiment. */
    static TimeSeriesCollection sentiment(List<DailyTrend> trend) {
        TimeSeries negative = new TimeSeries(NEGATIVE);
        TimeSeries neutral = new TimeSeries(NEUTRAL);
        TimeSeries positive = new TimeSeries(POSITIVE);
        for (DailyTrend day : trend) {
            negative.add(day(day.day()), day.negative());
            neutral.add(day(day.day()), day.neutral());
            positive.add(day(day.day()), day.positive());
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(negative);
        data.addSeries(neutral);
        data.addSeries(positive);
        return data;
    }

    /** Engagements per day. */
    static TimeSeriesCollection engagement(List<DailyTrend> trend) {
        TimeSeries engagements = new TimeSeries("Engagements");
        trend.forEach(day -> engagements.add(day(day.day()), day.engagements()));
        return new TimeSeriesCollection(engagements);
    }

    static JFreeChart bars(String title, String categoryLabel, String valueLabel, CategoryDataset data,
            boolean horizontal) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, data.getRowCount() > 1, false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        plain(chart);
        plot.setNoDataMessage(NO_DATA);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdee2e6));
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(2);
        if (!horizontal && data.getColumnCount() > 4) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        // the values along the bottom, where people read them, also when the bars lie
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        // minutes-long waits on an axis from 0 to at least 1, not one of millionths in scientific notation
        Range values = DatasetUtils.findRangeBounds(data);
        if (values == null || values.getUpperBound() < 1) {
            plot.getRangeAxis().setRange(0, 1);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.2);
        for (int row = 0; row < data.getRowCount(); row++) {
            renderer.setSeriesPaint(row, TARGET.equals(data.getRowKey(row)) ? TARGET_GREY
                    : PALETTE[row % PALETTE.length]);
        }
        return chart;
    }

    static JFreeChart lines(String title, String valueLabel, XYDataset data, Color... colours) {
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "Day", valueLabel, data,
                data.getSeriesCount() > 1, false, false);
        plain(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setNoDataMessage(NO_DATA);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdee2e6));
        plot.setDomainGridlinePaint(new Color(0xdee2e6));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int series = 0; series < data.getSeriesCount(); series++) {
            renderer.setSeriesPaint(series, colours.length > series ? colours[series] : PALETTE[series]);
            renderer.setSeriesStroke(series, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        // counts of things: whole-number ticks
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    /** A percentage chart reads against the whole: its value axis runs from 0 to 100. */
    static JFreeChart percent(JFreeChart chart) {
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 100);
        return chart;
    }

    /** The chart as one scalable {@code <svg>} element (a viewBox, no fixed size). */
    static String svg(JFreeChart chart) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    private static void plain(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        }
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
