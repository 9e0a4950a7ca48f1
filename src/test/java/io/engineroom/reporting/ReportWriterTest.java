package io.engineroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.engineroom.base.InvalidInput;
import io.engineroom.influencer.CampaignFigures;
import io.engineroom.listening.ListeningReport;
import io.engineroom.listening.SentimentDay;
import io.engineroom.listening.VoiceShare;
import io.engineroom.reporting.ReportFigures.ChannelFigures;
import io.engineroom.reporting.ReportFigures.InteractionRow;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.PostDayRow;
import io.engineroom.reporting.ReportFigures.PostFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mockito.stubbing.Answer;

/**
 * The workbook's content, from a small known data set (plain Mockito stand-ins for the metrics and the
 * dictionary): each figure read back with POI, cell by cell, against values worked out by hand in the comments.
 */
class ReportWriterTest {

    static final ReportPeriod WEEK = new ReportPeriod("testbrand", Cadence.WEEKLY, LocalDate.of(2026, 11, 9),
            LocalDate.of(2026, 11, 16));
    static final Instant MONDAY_NINE = Instant.parse("2026-11-09T09:00:00Z");
    static final int INTERACTIONS = 250; // more than the rows SXSSF keeps in memory: most are flushed to disk
    static final int POST_DAYS = 30;

    final ReportingMetrics metrics = mock(ReportingMetrics.class);
    final KpiDictionary dictionary = mock(KpiDictionary.class);
    final ReportWriter writer = new ReportWriter(metrics, dictionary);

    @Test
    void summaryHasEveryKpiAgainstPreviousPeriodAndTargetWithItsDefinition() throws Exception {
        knownDataSet();
        try (XSSFWorkbook workbook = write("Engagement grew on Mastodon.\nPost more education.")) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Channels", "Pillars", "SLA", "Approval",
                    "Top & bottom posts", "Listening", "Influencer campaigns", "Interactions", "Post days", "Insights",
                    "Dictionary");
            Sheet summary = workbook.getSheet("Summary");
            assertThat(text(summary, 0, 0)).isEqualTo("Weekly report — testbrand, 2026-11-09 to 2026-11-15");
            assertThat(texts(summary.getRow(3))).startsWith("KPI", "Value", "Previous period", "Change", "Change %",
                    "Target", "On track?", "Definition (formula)", "Why it matters", "Source", "Key");
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);

            // engagements 1 200 against 1 000: +200, +20 %; target 1 100 reached
            Row engagements = summary.getRow(4);
            assertThat(text(engagements, 0)).isEqualTo("Engagements");
            assertThat(number(engagements, 1)).isEqualTo(1200);
            assertThat(number(engagements, 2)).isEqualTo(1000);
            assertThat(number(engagements, 3)).isEqualTo(200);
            assertThat(number(engagements, 4)).isCloseTo(0.20, within(1e-9));
            assertThat(number(engagements, 5)).isEqualTo(1100);
            assertThat(text(engagements, 6)).isEqualTo("yes");
            assertThat(text(engagements, 7)).isEqualTo("likes + comments + shares + saves + clicks");
            assertThat(text(engagements, 10)).isEqualTo("engagements");
            assertThat(engagements.getCell(0).getCellComment().getString().getString())
                    .contains("likes + comments + shares + saves + clicks", "how much people act");

            // engagement rate 4.8 % against 5.0 %: stored as fractions under a percent format; -0.2 pp, -4 % relative
            Row rate = summary.getRow(5);
            assertThat(number(rate, 1)).isCloseTo(0.048, within(1e-9));
            assertThat(rate.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(number(rate, 2)).isCloseTo(0.050, within(1e-9));
            assertThat(number(rate, 3)).isCloseTo(-0.2, within(1e-9));
            assertThat(rate.getCell(3).getCellStyle().getDataFormatString()).contains("pp");
            assertThat(number(rate, 4)).isCloseTo(-0.04, within(1e-9));
            assertThat(text(rate, 6)).isEqualTo("no");

            // first response 42 min against 60, target 45, lower is better: -18 min, -30 %, on track
            Row response = summary.getRow(6);
            assertThat(number(response, 1)).isEqualTo(42);
            assertThat(response.getCell(1).getCellStyle().getDataFormatString()).contains("min");
            assertThat(number(response, 3)).isEqualTo(-18);
            assertThat(number(response, 4)).isCloseTo(-0.30, within(1e-9));
            assertThat(text(response, 6)).isEqualTo("yes");

            // approval cycle: no figure this period, no target: change left blank, not 0
            Row approval = summary.getRow(7);
            assertThat(approval.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(number(approval, 2)).isEqualTo(10);
            assertThat(approval.getCell(2).getCellStyle().getDataFormatString()).contains("h");
            assertThat(approval.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(approval, 6)).isEqualTo("no target");

            // follower change 35 from 0: +35, no relative change from zero
            Row followers = summary.getRow(8);
            assertThat(number(followers, 3)).isEqualTo(35);
            assertThat(followers.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(summary.getLastRowNum()).isEqualTo(8);
        }
    }

    @Test
    void figureSheetsHoldTheTablesAndNativeChartsOverTheirRanges() throws Exception {
        knownDataSet();
        try (XSSFWorkbook workbook = write(null)) {
            Sheet channels = workbook.getSheet("Channels");
            assertThat(text(channels, 1, 0)).isEqualTo("Mastodon");
            assertThat(number(channels.getRow(1), 5)).isEqualTo(500);
            assertThat(number(channels.getRow(1), 6)).isCloseTo(0.05, within(1e-9)); // 500 / 10 000
            assertThat(number(channels.getRow(2), 6)).isCloseTo(0.035, within(1e-9)); // 700 / 20 000
            assertThat(number(channels.getRow(2), 11)).isEqualTo(-4);
            assertThat(channels.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertSeries(workbook, "Channels", "Engagements per channel",
                    List.of("Channels!$F$2:$F$3"), "Channels!$A$2:$A$3");

            Sheet pillars = workbook.getSheet("Pillars");
            assertThat(number(pillars.getRow(1), 2)).isCloseTo(0.50, within(1e-9));
            assertThat(number(pillars.getRow(1), 3)).isCloseTo(0.40, within(1e-9));
            assertThat(number(pillars.getRow(1), 4)).isCloseTo(10, within(1e-9)); // 50 % - 40 % = +10 pp
            assertThat(number(pillars.getRow(2), 4)).isCloseTo(-10, within(1e-9));
            assertThat(pillars.getRow(3).getCell(3).getCellType()).isEqualTo(CellType.BLANK); // no target
            assertSeries(workbook, "Pillars", "Pillar share of posts against target",
                    List.of("Pillars!$C$2:$C$4", "Pillars!$D$2:$D$4"), "Pillars!$A$2:$A$4");

            Sheet sla = workbook.getSheet("SLA");
            assertThat(text(sla, 1, 0)).isEqualTo("community-manager");
            assertThat(number(sla.getRow(1), 4)).isCloseTo(0.9, within(1e-9));
            assertThat(number(sla.getRow(1), 5)).isEqualTo(38.5);
            assertThat(sla.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.BLANK); // nothing answered
            assertSeries(workbook, "SLA", "SLA compliance per queue", List.of("SLA!$E$2:$E$3"), "SLA!$A$2:$A$3");

            Sheet approval = workbook.getSheet("Approval");
            assertThat(text(approval, 1, 0)).isEqualTo("Brand review");
            assertThat(number(approval.getRow(1), 3)).isEqualTo(5.5);
            assertThat(number(approval.getRow(1), 4)).isEqualTo(20);
            assertThat(number(approval.getRow(1), 5)).isEqualTo(2);
            assertSeries(workbook, "Approval", "Hours of waiting per approval stage",
                    List.of("Approval!$D$2:$D$3", "Approval!$E$2:$E$3"), "Approval!$A$2:$A$3");

            Sheet posts = workbook.getSheet("Top & bottom posts");
            assertThat(text(posts, 0, 0)).isEqualTo("Top posts");
            assertThat(text(posts, 2, 0)).isEqualTo("Oat milk launch");
            assertThat(number(posts.getRow(2), 5)).isCloseTo(0.08, within(1e-9)); // 400 / 5 000
            assertThat(text(posts, 3, 0)).isEqualTo("Behind the roastery");
            assertThat(text(posts, 5, 0)).isEqualTo("Bottom posts");
            assertThat(text(posts, 6, 0)).isEqualTo("Post");
            assertThat(text(posts, 7, 0)).isEqualTo("Monday notice");
            assertThat(posts.getRow(7).getCell(5).getCellType()).isEqualTo(CellType.BLANK); // no impressions
        }
    }

    @Test
    void detailSheetsHoldEveryStreamedRowAndTheTextSheetsTheirText() throws Exception {
        knownDataSet();
        try (XSSFWorkbook workbook = write("Engagement grew on Mastodon.\nPost more education.")) {
            Sheet interactions = workbook.getSheet("Interactions");
            assertThat(interactions.getLastRowNum()).isEqualTo(INTERACTIONS); // header + one row each
            assertThat(interactions.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            // row n was received n minutes after Monday 09:00 UTC and answered 90 minutes later when n is even
            Row seventh = interactions.getRow(1 + 7);
            assertThat(text(seventh, 0)).isEqualTo("interaction-7");
            assertThat(seventh.getCell(6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 9, 9, 7));
            assertThat(seventh.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(seventh, 10)).isEqualTo("yes");
            Row last = interactions.getRow(INTERACTIONS);
            assertThat(text(last, 0)).isEqualTo("interaction-249");
            // past the rows kept in memory: written to the temporary file and read back, any script intact
            assertThat(text(interactions.getRow(1 + 200), 1)).isEqualTo("Mastodon 🍵 @مقهى");
            Row eighth = interactions.getRow(1 + 8);
            assertThat(number(eighth, 9)).isEqualTo(90);
            assertThat(text(eighth, 10)).isEqualTo("no");

            Sheet postDays = workbook.getSheet("Post days");
            assertThat(postDays.getLastRowNum()).isEqualTo(POST_DAYS);
            assertThat(number(postDays.getRow(1 + 3), 0)).isEqualTo(103);
            assertThat(postDays.getRow(1 + 3).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 12));
            assertThat(number(postDays.getRow(1 + 3), 6)).isEqualTo(30);

            Sheet insights = workbook.getSheet("Insights");
            assertThat(text(insights, 2, 0)).isEqualTo("Engagement grew on Mastodon.");
            assertThat(text(insights, 3, 0)).isEqualTo("Post more education.");

            Sheet dictionarySheet = workbook.getSheet("Dictionary");
            assertThat(dictionarySheet.getLastRowNum()).isEqualTo(definitions().size());
            assertThat(texts(dictionarySheet.getRow(2))).containsExactly("engagement_rate", "Engagement rate",
                    "engagements / impressions", "post-day metrics", "how well content lands", "percent", "yes");
        }
    }

    @Test
    void aReportWithoutInsightsOrRowsSaysSoAndLeavesNoTemporaryFiles() throws Exception {
        when(dictionary.all()).thenReturn(definitions());
        when(metrics.kpis(WEEK)).thenReturn(List.of());
        when(metrics.channels(WEEK)).thenReturn(List.of());
        when(metrics.pillars(WEEK)).thenReturn(List.of());
        when(metrics.sla(WEEK)).thenReturn(List.of());
        when(metrics.approvalStages(WEEK)).thenReturn(List.of());
        when(metrics.posts(eq(WEEK), any(Integer.class), any(Boolean.class))).thenReturn(List.of());
        when(metrics.listening(WEEK)).thenReturn(new ListeningReport(List.of(new VoiceShare(VoiceShare.OWN, true, 0,
                null, 0, 0, 0)), List.of()));
        List<String> before = temporaryFiles();
        List<String> whileWriting = new ArrayList<>();
        doAnswer(invocation -> whileWriting.addAll(temporaryFiles())).when(metrics).eachPostDay(eq(WEEK), any());
        try (XSSFWorkbook workbook = write(null)) {
            assertThat(text(workbook.getSheet("Insights"), 2, 0)).startsWith("Not written yet");
            assertThat(text(workbook.getSheet("Interactions"), 2, 0)).isEqualTo(
                    "No interactions were received in this period.");
            assertThat(text(workbook.getSheet("Channels"), 2, 0)).isEqualTo("No channel had figures in this period.");
            assertThat(text(workbook.getSheet("Influencer campaigns"), 2, 0))
                    .isEqualTo("No influencer campaign was reviewed in this period.");
            for (String name : List.of("Channels", "Pillars", "SLA", "Approval")) {
                XSSFDrawing drawing = ((XSSFSheet) workbook.getSheet(name)).getDrawingPatriarch();
                assertThat(drawing == null ? List.of() : drawing.getCharts()).as(name).isEmpty();
            }
        }
        assertThat(whileWriting).as("the streamed sheets went to temporary files").hasSizeGreaterThan(before.size());
        assertThat(temporaryFiles()).as("SXSSF's temporary sheet files are deleted").isEqualTo(before);
    }

    @Test
    void aMissingPeriodIsRefusedByName() {
        assertThatThrownBy(() -> writer.write(null, null, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refused -> assertThat(refused.problems()).containsKey("period"));
    }

    private XSSFWorkbook write(String insights) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(WEEK, insights, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theInfluencerSheetHasEachReviewedCampaignWithItsCostPerEngagement() throws Exception {
        knownDataSet();
        when(metrics.influencerCampaigns(WEEK)).thenReturn(List.of(
                new CampaignFigures(7, "Spring launch", "Mia Brew", new BigDecimal("1500.00"), 40_000, 90_000, 1_200,
                        300, "https://mastodon.example/@mia/1", MONDAY_NINE),
                new CampaignFigures(8, "Gift box", "Tom Tea", null, 5_000, 8_000, 0, 0, null, MONDAY_NINE)));
        try (XSSFWorkbook workbook = write(null)) {
            Sheet campaigns = workbook.getSheet("Influencer campaigns");
            assertThat(texts(campaigns.getRow(0))).startsWith("Campaign", "Creator", "Paid", "Reach", "Impressions",
                    "Engagements", "Clicks", "Cost per engagement", "Post", "Reviewed (UTC)");
            assertThat(text(campaigns, 1, 0)).isEqualTo("Spring launch");
            assertThat(text(campaigns, 1, 1)).isEqualTo("Mia Brew");
            assertThat(number(campaigns.getRow(1), 2)).isEqualTo(1500);
            assertThat(number(campaigns.getRow(1), 3)).isEqualTo(40_000);
            assertThat(number(campaigns.getRow(1), 5)).isEqualTo(1_200);
            assertThat(number(campaigns.getRow(1), 7)).isCloseTo(1.25, within(1e-9));
            assertThat(text(campaigns, 1, 8)).isEqualTo("https://mastodon.example/@mia/1");
            assertThat(text(campaigns, 2, 0)).isEqualTo("Gift box");
            assertThat(campaigns.getRow(2).getCell(7).getCellType()).as("unpaid: no cost per engagement")
                    .isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void theListeningSheetHasShareOfVoiceWithItsChartAndTheOwnMentionsPerDay() throws Exception {
        knownDataSet();
        try (XSSFWorkbook workbook = write(null)) {
            Sheet listening = workbook.getSheet("Listening");
            assertThat(texts(listening.getRow(0))).startsWith("Voice", "Mentions", "Share of voice", "Negative",
                    "Neutral", "Positive");
            assertThat(text(listening, 1, 0)).isEqualTo("Own brand");
            assertThat(number(listening.getRow(1), 1)).isEqualTo(6);
            assertThat(number(listening.getRow(1), 2)).isCloseTo(0.75, within(1e-9));
            assertThat(number(listening.getRow(1), 3)).isEqualTo(4);
            assertThat(text(listening, 2, 0)).isEqualTo("Rival Roasters");
            assertThat(number(listening.getRow(2), 2)).isCloseTo(0.25, within(1e-9));
            assertThat(number(listening.getRow(2), 5)).isEqualTo(2);
            assertThat(((XSSFSheet) listening).getDrawingPatriarch().getCharts())
                    .hasSize(1);
            int daysHeader = -1;
            for (Row row : listening) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && "The brand's own mentions per day by sentiment".equals(
                        row.getCell(0).getStringCellValue())) {
                    daysHeader = row.getRowNum() + 1;
                }
            }
            assertThat(daysHeader).as("the per-day table under the chart").isGreaterThan(3);
            assertThat(listening.getRow(daysHeader + 1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 9));
            assertThat(number(listening.getRow(daysHeader + 1), 1)).isEqualTo(4);
            assertThat(number(listening.getRow(daysHeader + 2), 3)).isEqualTo(1);
        }
    }

    private void knownDataSet() {
        when(dictionary.all()).thenReturn(definitions());
        when(metrics.kpis(WEEK)).thenReturn(List.of(
                new KpiValue("engagements", 1200.0, 1000.0, 1100.0),
                new KpiValue("engagement_rate", 4.8, 5.0, 5.0),
                new KpiValue("first_response_minutes", 42.0, 60.0, 45.0),
                new KpiValue("approval_cycle_hours", null, 10.0, null),
                new KpiValue("follower_change", 35.0, 0.0, null)));
        when(metrics.channels(WEEK)).thenReturn(List.of(
                new ChannelFigures(1, "Mastodon", "MASTODON", 3, 10_000, 8_000, 500, 20, 30, 40, 50, 12, 1),
                new ChannelFigures(2, "Instagram", "INSTAGRAM", 4, 20_000, 15_000, 700, 60, 70, 80, 90, -4, 0)));
        when(metrics.pillars(WEEK)).thenReturn(List.of(
                new PillarFigures(1, "Education", 5, 50.0, 40.0, 600),
                new PillarFigures(2, "Product", 3, 40.0, 50.0, 400),
                new PillarFigures(3, "Community", 2, 10.0, null, 200)));
        when(metrics.sla(WEEK)).thenReturn(List.of(
                new QueueSla("community-manager", 120, 100, 90, 90.0, 38.5, 20, 3),
                new QueueSla("support", 5, 0, 0, null, null, 5, 1)));
        when(metrics.approvalStages(WEEK)).thenReturn(List.of(
                new StageCycle("BrandReview", "Brand review", 10, 5.5, 20.0, 2),
                new StageCycle("LegalReview", "Legal review", 4, 30.0, 48.0, 1)));
        when(metrics.posts(WEEK, 10, true)).thenReturn(List.of(
                new PostFigures(11, "Oat milk launch", "Mastodon", LocalDate.of(2026, 11, 10), 5_000, 400, 8.0),
                new PostFigures(12, "Behind the roastery", "Instagram", LocalDate.of(2026, 11, 11), 4_000, 200, 5.0)));
        when(metrics.posts(WEEK, 10, false)).thenReturn(List.of(
                new PostFigures(13, "Monday notice", "Mastodon", LocalDate.of(2026, 11, 9), 0, 0, null)));
        // share of voice: 6 own of 6 + 2 (Rival Roasters) = 75 %, 2 = 25 %
        when(metrics.listening(WEEK)).thenReturn(new ListeningReport(List.of(
                new VoiceShare(VoiceShare.OWN, true, 6, 0.75, 4, 1, 1),
                new VoiceShare("Rival Roasters", false, 2, 0.25, 0, 0, 2)),
                List.of(new SentimentDay(LocalDate.of(2026, 11, 9), 4, 1, 0),
                        new SentimentDay(LocalDate.of(2026, 11, 10), 0, 0, 1))));
        List<InteractionRow> interactions = IntStream.range(0, INTERACTIONS).mapToObj(n -> {
            Instant received = MONDAY_NINE.plus(Duration.ofMinutes(n));
            return new InteractionRow("interaction-" + n, n == 200 ? "Mastodon 🍵 @مقهى" : "Mastodon", "COMMENT", "QUESTION", "NEUTRAL", "NORMAL",
                    received, n % 2 == 0 ? received.plus(Duration.ofMinutes(90)) : null,
                    received.plus(Duration.ofHours(1)), n % 2 == 1, n % 2 == 0 ? "ANSWERED" : "OPEN");
        }).toList();
        doAnswer(streams(interactions)).when(metrics).eachInteraction(eq(WEEK), any());
        List<PostDayRow> postDays = IntStream.range(0, POST_DAYS).mapToObj(n -> new PostDayRow(100 + n,
                "Post " + n, "Mastodon", WEEK.start().plusDays(n % 7), 100L * n, 80L * n, 10L * n, n, n, n, n))
                .toList();
        doAnswer(streams(postDays)).when(metrics).eachPostDay(eq(WEEK), any());
    }

    /** The metrics call hands each row to the writer's consumer, as the real one does while reading. */
    @SuppressWarnings("unchecked")
    private static <T> Answer<Void> streams(List<T> rows) {
        return invocation -> {
            rows.forEach(invocation.getArgument(1, Consumer.class));
            return null;
        };
    }

    static List<KpiDefinition> definitions() {
        return List.of(
                new KpiDefinition("engagements", "Engagements", "likes + comments + shares + saves + clicks",
                        "post-day metrics", "how much people act on what the brand posts", "count", true),
                new KpiDefinition("engagement_rate", "Engagement rate", "engagements / impressions",
                        "post-day metrics", "how well content lands", "percent", true),
                new KpiDefinition("first_response_minutes", "First response time", "median minutes to first reply",
                        "interactions", "people expect an answer", "minutes", false),
                new KpiDefinition("approval_cycle_hours", "Approval cycle", "median hours brief to approved",
                        "approval SOP history", "where work waits", "hours", false),
                new KpiDefinition("follower_change", "Follower change", "followers at end - at start",
                        "channel-day metrics", "audience growth", "count", true));
    }

    private static void assertSeries(XSSFWorkbook workbook, String sheet, String title, List<String> values,
            String categories) {
        List<XSSFChart> charts = ((XSSFSheet) workbook.getSheet(sheet)).getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XSSFChart chart = charts.get(0);
        assertThat(chart.getTitleText().getString()).isEqualTo(title);
        XDDFChartData data = chart.getChartSeries().get(0);
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            ranges.add(data.getSeries(i).getValuesData().getDataRangeReference());
            assertThat(data.getSeries(i).getCategoryData().getDataRangeReference()).isEqualTo(categories);
            assertThat(data.getSeries(i).getShapeProperties().getFillProperties())
                    .as("a fill of its own, or LibreOffice draws the bars invisible")
                    .isInstanceOf(XDDFSolidFillProperties.class);
        }
        assertThat(ranges).isEqualTo(values);
    }

    private static List<String> temporaryFiles() {
        File[] files = new File(System.getProperty("java.io.tmpdir"), "poifiles").listFiles();
        return files == null ? List.of() : java.util.Arrays.stream(files).map(File::getName)
                .filter(name -> name.startsWith("poi-sxssf")).sorted().toList();
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                : cell.toString()));
        return texts;
    }

    private static String text(Sheet sheet, int row, int column) {
        return text(sheet.getRow(row), column);
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell.getStringCellValue();
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }
}
