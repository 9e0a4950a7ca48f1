package io.engineroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The report of a fresh brand's known week (2 to 8 March 2026, brand on UTC) through the real
 * {@link ReportingMetrics} on PostgreSQL, opened with POI: figures worked out by hand in the comments. The same
 * kind of rows as {@code ReportingMetricsTest} inserts, fewer of them.
 */
@EngineRoomIntegrationTest
class ReportWriterPostgresTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ReportWriter writer;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    ReportPeriod week;
    long toots;
    long insta;

    @BeforeEach
    void aKnownWeek() {
        brand = "xls-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Excel Test", false));
        week = new ReportPeriod(brand, Cadence.WEEKLY, MONDAY, MONDAY.plusWeeks(1));
        toots = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@xls", true)).id();
        insta = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@xls", false)).id();
        long education = pillar("Education", 60);
        long product = pillar("Product", 40);

        long alpha = item("Alpha", education, "2026-03-03T10:00:00Z", toots);
        long beta = item("Beta", product, "2026-03-04T10:00:00Z", insta);
        long gamma = item("Gamma", education, "2026-03-05T10:00:00Z", toots);
        // running totals per day: Alpha ends the week at 300 / 30 (10 %), Beta 400 / 20 (5 %), Gamma 50 / 6 (12 %)
        postDay(alpha, toots, "2026-03-03", 100, 10);
        postDay(alpha, toots, "2026-03-04", 300, 30);
        postDay(beta, insta, "2026-03-04", 400, 20);
        postDay(gamma, toots, "2026-03-05", 50, 6);

        // channel days: impressions and engagements; the week before only 25 February
        channelDay(toots, "2026-03-02", 1000, 50);
        channelDay(insta, "2026-03-04", 2000, 150);
        channelDay(toots, "2026-02-25", 500, 40);

        interaction("2026-03-02T08:00:00Z", "2026-03-02T08:20:00Z", "2026-03-02T09:00:00Z", null, "ANSWERED");
        interaction("2026-03-03T08:00:00Z", "2026-03-03T08:40:00Z", "2026-03-03T09:00:00Z", null, "ANSWERED");
        interaction("2026-03-04T08:00:00Z", null, "2026-03-04T09:00:00Z", "2026-03-04T09:00:00Z", "OPEN");
        interaction("2026-02-27T08:00:00Z", "2026-02-27T08:05:00Z", "2026-02-27T09:00:00Z", null, "ANSWERED");

        jdbc.update("insert into kpi_target (brand_id, kpi_key, target) values (?, 'engagements', 180)", brand);
    }

    @Test
    void theWeeksReportHoldsTheFiguresOfTheDatabase() throws Exception {
        String analyst = TestUsers.ensure(users, brands, "xls-analyst-" + brand, Role.ANALYST, brand);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var signedIn = SignedIn.as(users, analyst)) {
            writer.write(week, "Instagram carried the week.", out);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet summary = workbook.getSheet("Summary");
            // every KPI of the dictionary, one row each under the header
            assertThat(summary.getLastRowNum()).isEqualTo(4 + 16);
            // engagements 50 + 150 = 200 against 40 the week before: +160, +400 %; target 180 reached
            Row engagements = kpiRow(summary, "engagements");
            assertThat(engagements.getCell(1).getNumericCellValue()).isEqualTo(200);
            assertThat(engagements.getCell(2).getNumericCellValue()).isEqualTo(40);
            assertThat(engagements.getCell(3).getNumericCellValue()).isEqualTo(160);
            assertThat(engagements.getCell(4).getNumericCellValue()).isCloseTo(4.0, within(1e-9));
            assertThat(engagements.getCell(5).getNumericCellValue()).isEqualTo(180);
            assertThat(engagements.getCell(6).getStringCellValue()).isEqualTo("yes");
            assertThat(engagements.getCell(7).getStringCellValue()).isNotBlank(); // the dictionary's formula
            // engagement rate 200 / 3 000 = 6.67 % against 40 / 500 = 8 %: -1.33 percentage points
            Row rate = kpiRow(summary, "engagement_rate");
            assertThat(rate.getCell(1).getNumericCellValue()).isCloseTo(200.0 / 3000, within(1e-9));
            assertThat(rate.getCell(3).getNumericCellValue()).isCloseTo(100.0 * 200 / 3000 - 8, within(1e-9));
            // answered after 20 and 40 minutes: median 30; the week before 5
            Row response = kpiRow(summary, "first_response_minutes");
            assertThat(response.getCell(1).getNumericCellValue()).isEqualTo(30);
            assertThat(response.getCell(2).getNumericCellValue()).isEqualTo(5);

            Sheet byChannel = workbook.getSheet("Channels");
            assertThat(byChannel.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mastodon @xls");
            assertThat(byChannel.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2); // Alpha, Gamma
            assertThat(byChannel.getRow(1).getCell(6).getNumericCellValue()).isCloseTo(0.05, within(1e-9));
            assertThat(byChannel.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(150);
            assertThat(byChannel.getRow(2).getCell(6).getNumericCellValue()).isCloseTo(0.075, within(1e-9));
            assertThat(((XSSFSheet) byChannel).getDrawingPatriarch().getCharts()).hasSize(1);

            // Education: Alpha and Gamma, 2 of 3 posts against a 60 % target
            Sheet pillars = workbook.getSheet("Pillars");
            assertThat(pillars.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Education");
            assertThat(pillars.getRow(1).getCell(2).getNumericCellValue()).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(pillars.getRow(1).getCell(3).getNumericCellValue()).isCloseTo(0.60, within(1e-9));

            // by engagements: Alpha 30 (rate 30 / 300), Beta 20, Gamma 6; the bottom list starts with Gamma
            Sheet posts = workbook.getSheet("Top & bottom posts");
            assertThat(posts.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Alpha");
            assertThat(posts.getRow(2).getCell(5).getNumericCellValue()).isCloseTo(0.10, within(1e-9));
            assertThat(posts.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Bottom posts");
            assertThat(posts.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Gamma");
            assertThat(posts.getRow(8).getCell(5).getNumericCellValue()).isCloseTo(0.12, within(1e-9));

            Sheet interactions = workbook.getSheet("Interactions");
            assertThat(interactions.getLastRowNum()).isEqualTo(3); // the week's three, not the one before
            assertThat(interactions.getRow(1).getCell(6).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 0));
            assertThat(interactions.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(20);
            assertThat(interactions.getRow(3).getCell(10).getStringCellValue()).isEqualTo("yes");
            assertThat(workbook.getSheet("Post days").getLastRowNum()).isEqualTo(4);
            assertThat(workbook.getSheet("Insights").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Instagram carried the week.");
            assertThat(workbook.getSheet("Dictionary").getLastRowNum()).isEqualTo(17);
        }
    }

    @Test
    void aCopywriterGetsNoReportAndNothingIsWritten() {
        String copywriter = TestUsers.ensure(users, brands, "xls-copy-" + brand, Role.COPYWRITER, brand);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var signedIn = SignedIn.as(users, copywriter)) {
            assertThatThrownBy(() -> writer.write(week, null, out)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(out.size()).isZero();
    }

    private static Row kpiRow(Sheet summary, String key) {
        for (Row row : summary) {
            if (row.getRowNum() > 3 && key.equals(row.getCell(10).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row for " + key);
    }

    private long pillar(String name, int share) {
        jdbc.update("insert into content_pillar (brand_id, name, target_share) values (?, ?, ?)", brand, name, share);
        return jdbc.queryForObject("select id from content_pillar where brand_id = ? and name = ?", Long.class, brand,
                name);
    }

    private long item(String title, long pillar, String publishAt, long channel) {
        jdbc.update("insert into content_item (brand_id, title, state, pillar_id, publish_at, created_at) "
                + "values (?, ?, 'PUBLISHED', ?, ?, ?)", brand, title, pillar, at(publishAt), at(publishAt));
        long id = jdbc.queryForObject("select id from content_item where brand_id = ? and title = ?", Long.class,
                brand, title);
        jdbc.update("insert into content_item_channel (content_item_id, channel_id) values (?, ?)", id, channel);
        return id;
    }

    private void postDay(long item, long channel, String day, long impressions, long engagements) {
        jdbc.update("insert into post_day_metrics (content_item_id, channel_id, brand_id, metric_day, source, "
                + "impressions, engagements, collected_at) values (?, ?, ?, ?, 'test', ?, ?, ?)", item, channel, brand,
                Date.valueOf(day), impressions, engagements, at(day + "T12:00:00Z"));
    }

    private void channelDay(long channel, String day, long impressions, long engagements) {
        jdbc.update("insert into channel_day_metrics (brand_id, channel_id, metric_day, source, impressions, "
                + "engagements, collected_at) values (?, ?, ?, 'test', ?, ?, ?)", brand, channel, Date.valueOf(day),
                impressions, engagements, at(day + "T12:00:00Z"));
    }

    private void interaction(String received, String answered, String due, String breached, String state) {
        jdbc.update("""
                insert into interaction (id, brand_id, channel_id, external_id, kind, author_handle, text, priority,
                    occurred_at, received_at, sentiment, sentiment_score, sentiment_confidence, category,
                    category_confidence, classified_by, state, first_response_due, first_response_at, breached_at)
                values (?, ?, ?, ?, 'COMMENT', '@someone', 'hello', 'NORMAL', ?, ?, 'NEUTRAL', 0, 1, 'QUESTION', 1,
                    'test', ?, ?, ?, ?)""", UUID.randomUUID().toString(), brand, toots, UUID.randomUUID().toString(),
                at(received), at(received), state, at(due), at(answered), at(breached));
    }

    private static Timestamp at(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }
}
