package io.engineroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.reporting.ChannelMetricsImport.Progress;
import io.engineroom.reporting.ChannelMetricsImport.Report;
import io.engineroom.reporting.ChannelMetricsImport.RowProblem;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** An Instagram export into channel day figures: good rows stored, bad rows reported, a day again replaced. */
@EngineRoomIntegrationTest
class ChannelMetricsImportTest {

    private static final String HEADER = "Date,Impressions,Reach,Interactions,Saves,Shares,Comments,Website clicks,"
            + "Follows,Post type\n";

    @Autowired
    ChannelMetricsImport imports;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    long instagram;
    String analyst;

    @BeforeEach
    void aBrandWithAnInstagramChannel() {
        brand = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "CSV Test", false));
        instagram = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@csv", true)).id();
        analyst = TestUsers.ensure(users, brands, "csv-analyst-" + brand, Role.ANALYST, brand);
    }

    @Test
    void goodRowsAreStoredAndBadRowsReportedByRowAndColumn() {
        String csv = HEADER
                + "2026-03-02,\"1,200\",900,80,5,3,7,12,4,Reel\n" // row 2
                + "3/3/2026,1000,800,60,,2,5,10,-2,\"Carousel, 3 images\"\n" // row 3: US date, no saves, lost 2
                + "2026-03-04,abc,800,60,1,2,5,10,1,Reel\n" // row 4
                + "yesterday,1000,800,60,1,2,5,10,1,Reel\n" // row 5
                + "2026-03-05,100,-5,6,1,2,5,10,1,Reel\n" // row 6: a count below zero
                + "2026-03-02,1,1,1,1,1,1,1,1,Reel\n" // row 7: the same day again
                + "2026-03-06,1,1\n"; // row 8

        Report report = importAs(analyst, csv);

        assertThat(report.rows()).isEqualTo(7);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.replaced()).isZero();
        assertThat(report.problems()).containsExactly(
                new RowProblem(4, "Impressions", "'abc' is not a whole number"),
                new RowProblem(5, "Date", "'yesterday' is not a date like 2026-03-02 or 3/2/2026"),
                new RowProblem(6, "Reach", "A count is not negative: -5"),
                new RowProblem(7, "Date", "2026-03-02 is in row 2 already"),
                new RowProblem(8, "", "The row has 3 fields, the header 10"));
        assertThat(day("2026-03-02")).containsEntry("impressions", 1200L).containsEntry("reach", 900L)
                .containsEntry("engagements", 80L).containsEntry("saves", 5L).containsEntry("clicks", 12L)
                .containsEntry("follower_change", 4L).containsEntry("source", "csv");
        assertThat(day("2026-03-03")).containsEntry("saves", null).containsEntry("follower_change", -2L);
        assertThat(days()).isEqualTo(2);
    }

    @Test
    void importingADayAgainReplacesIt() {
        importAs(analyst, HEADER + "2026-03-02,100,90,8,1,1,1,1,1,Reel\n2026-03-03,200,90,8,1,1,1,1,1,Reel\n");

        Report again = importAs(analyst, HEADER + "2026-03-03,250,95,9,1,1,1,1,1,Reel\n"
                + "2026-03-04,300,95,9,1,1,1,1,1,Reel\n");

        assertThat(again.stored()).isEqualTo(2);
        assertThat(again.replaced()).isEqualTo(1);
        assertThat(days()).isEqualTo(3);
        assertThat(day("2026-03-02")).containsEntry("impressions", 100L);
        assertThat(day("2026-03-03")).containsEntry("impressions", 250L).containsEntry("engagements", 9L);
    }

    @Test
    void anImportThatFailsHalfWayLeavesNothing() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int day = 1; day <= 28 + 31; day++) { // more than one chunk
            csv.append(java.time.LocalDate.of(2026, 1, 1).plusDays(day)).append(",10,9,1,0,0,0,0,0,Reel\n");
        }
        List<Progress> steps = new ArrayList<>();
        try (var signedIn = SignedIn.as(users, analyst)) {
            assertThatThrownBy(() -> imports.importCsv(brand, instagram, stream(csv.toString()), step -> {
                steps.add(step);
                if (step.done() > 0) {
                    throw new IllegalStateException("the connection dropped");
                }
            })).isInstanceOf(IllegalStateException.class);
        }
        assertThat(steps).containsExactly(new Progress(0, 59), new Progress(50, 59));
        assertThat(days()).isZero();
    }

    @Test
    void aFileWithoutADateColumnOrMetricsIsRefusedWhole() {
        assertThatThrownBy(() -> importAs(analyst, "Impressions,Reach\n1,2\n")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("no date column");
        assertThatThrownBy(() -> importAs(analyst, "Date,Post type\n2026-03-02,Reel\n"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("no column with a metric");
        assertThat(days()).isZero();
    }

    @Test
    void onlyTheBrandsAnalystsAndManagersImportIntoItsOwnChannels() {
        String copywriter = TestUsers.ensure(users, brands, "csv-copy-" + brand, Role.COPYWRITER, brand);
        String outsider = TestUsers.ensure(users, brands, "csv-other-" + brand, Role.ANALYST, "beanleaf");
        String csv = HEADER + "2026-03-02,100,90,8,1,1,1,1,1,Reel\n";
        assertThatThrownBy(() -> importAs(copywriter, csv)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importAs(outsider, csv)).isInstanceOf(AccessDeniedException.class);
        long elsewhere = channels.of("beanleaf").get(0).id();
        try (var signedIn = SignedIn.as(users, analyst)) {
            assertThatThrownBy(() -> imports.importCsv(brand, elsewhere, stream(csv), step -> { }))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("brand's channels");
        }
        assertThat(days()).isZero();
    }

    private Report importAs(String userId, String csv) {
        try (var signedIn = SignedIn.as(users, userId)) {
            return imports.importCsv(brand, instagram, stream(csv), step -> { });
        }
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> day(String day) {
        return jdbc.queryForMap("select * from channel_day_metrics where channel_id = ? and metric_day = ?",
                instagram, java.sql.Date.valueOf(day));
    }

    private long days() {
        return jdbc.queryForObject("select count(*) from channel_day_metrics where channel_id = ?", Long.class,
                instagram);
    }
}
