package io.engineroom.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.engineroom.listening.ListeningReport;
import io.engineroom.listening.SentimentDay;
import io.engineroom.listening.VoiceShare;
import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The dashboard's listening section: share of voice (the brand against each tracked competitor, a series per
 * brand: shares do not add up across brands) and the brand's own public mentions per day by sentiment (summed:
 * counts do), each chart with its figures in a table.
 */
final class ListeningSection {

    /** One brand's listening figures for the period in view. */
    record BrandListening(String brandName, ListeningReport report) {
    }

    private ListeningSection() {
    }

    static Component of(List<BrandListening> brands, boolean several) {
        FigureTable shares = new FigureTable("listening-figures", "Share of voice");
        if (several) {
            shares.columns("Brand");
        }
        shares.columns("Voice", "Mentions", "Share, %", "Negative", "Neutral", "Positive");
        DefaultCategoryDataset voice = new DefaultCategoryDataset();
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (BrandListening brand : brands) {
            for (VoiceShare share : brand.report().shares()) {
                Object[] figures = {share.voice(), share.mentions(),
                        FigureTable.number(share.share() == null ? null : share.share() * 100), share.negative(),
                        share.neutral(), share.positive()};
                shares.row(several ? prepend(brand.brandName(), figures) : figures);
                if (share.share() != null) {
                    voice.addValue(share.share() * 100, brand.brandName(), share.voice());
                }
            }
            for (SentimentDay day : brand.report().days()) {
                long[] sum = days.computeIfAbsent(day.day(), none -> new long[3]);
                sum[0] += day.negative();
                sum[1] += day.neutral();
                sum[2] += day.positive();
            }
        }
        Div section = new Div(new H3("Listening"));
        section.setId("section-listening");
        section.addClassName("dashboard-section");
        section.addClassName("er-dashboard__section");
        if (several) {
            Paragraph across = new Paragraph("Share of voice side by side per brand; mentions per day summed.");
            across.addClassName("across-brands");
            across.addClassName("er-dashboard__across");
            section.add(across);
        }
        section.add(new ChartFigure("listening-share-chart", DashboardCharts.percent(DashboardCharts.bars(
                "Share of voice", "Voice", "Share of tracked mentions (%)", voice, false))), shares.noneYet());
        FigureTable perDay = new FigureTable("listening-sentiment-figures", "Own mentions per day by sentiment");
        perDay.columns("Day", "Negative", "Neutral", "Positive");
        days.forEach((day, sum) -> perDay.row(day, sum[0], sum[1], sum[2]));
        Details folded = new Details("Mentions per day", perDay.noneYet());
        folded.setId("listening-sentiment-figures-details");
        section.add(new ChartFigure("listening-sentiment-chart", DashboardCharts.lines("Own mentions by sentiment",
                "Mentions", sentiment(days), new Color(0xe03131), new Color(0x868e96), new Color(0x2f9e44))), folded);
        return section;
    }

    private static TimeSeriesCollection sentiment(Map<LocalDate, long[]> days) {
        TimeSeries negative = new TimeSeries(DashboardCharts.NEGATIVE);
        TimeSeries neutral = new TimeSeries(DashboardCharts.NEUTRAL);
        TimeSeries positive = new TimeSeries(DashboardCharts.POSITIVE);
        days.forEach((date, sum) -> {
            Day day = new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            negative.add(day, sum[0]);
            neutral.add(day, sum[1]);
            positive.add(day, sum[2]);
        });
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(negative);
        data.addSeries(neutral);
        data.addSeries(positive);
        return data;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
