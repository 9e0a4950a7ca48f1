package io.engineroom.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.reporting.ChannelMetricsImport.RowProblem;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import screen on the real application: brand, channel, upload; stored days and bad rows shown. */
@EngineRoomIntegrationTest
class MetricsImportUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    ChannelSummary linkedIn;
    String analyst;
    UiSession session;

    @BeforeEach
    void aBrandWithALinkedInPage() {
        brand = "mui-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Metrics UI " + brand, false));
        linkedIn = AsAdmin.call(() -> channels.addManual(brand, Platform.LINKEDIN, "@mui", true));
        analyst = TestUsers.ensure(users, brands, "mui-analyst-" + brand, Role.ANALYST, brand);
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAnalystUploadsALinkedInExportAndSeesTheBadRowNextToTheGoodOnesStored() {
        open(analyst);
        choose();
        String csv = "Date,Impressions (total),Unique impressions (organic),Reactions (total),Comments (total),"
                + "New followers\n2026-03-02,500,400,30,4,2\n2026-03-03,lots,400,30,4,2\n2026-03-04,600,450,35,5,3\n";
        _upload(_get(Upload.class, spec -> spec.withId("metrics-import-upload")), "linkedin.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withId("metrics-import-summary")).getText())
                .isEqualTo("2 day(s) stored (0 replaced), 1 row(s) with problems left out");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("metrics-import-progress")).getValue()).isEqualTo(1.0);
        assertThat(problems()).containsExactly(new RowProblem(3, "Impressions (total)", "'lots' is not a whole number"));
        assertThat(jdbc.queryForObject("select sum(impressions) from channel_day_metrics where channel_id = ?",
                Long.class, linkedIn.id())).isEqualTo(1100L);
    }

    @Test
    void withoutAChannelTheUploadSaysSoAtTheChannel() {
        open(analyst);
        _upload(_get(Upload.class, spec -> spec.withId("metrics-import-upload")), "x.csv", "text/csv",
                "Date,Impressions\n2026-03-02,5\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        ComboBox<?> channel = _get(ComboBox.class, spec -> spec.withId("metrics-import-channel"));
        assertThat(channel.isInvalid()).isTrue();
        assertThat(channel.getErrorMessage()).isEqualTo("Choose the channel the figures are of");
        assertThat(jdbc.queryForObject("select count(*) from channel_day_metrics where channel_id = ?", Long.class,
                linkedIn.id())).isZero();
    }

    @Test
    void aCopywriterCannotOpenTheScreen() {
        String copywriter = TestUsers.ensure(users, brands, "mui-copy-" + brand, Role.COPYWRITER, brand);
        session = UiSession.signIn(context, users, copywriter);
        UI.getCurrent().navigate(MetricsImportView.class);
        assertThatThrownBy(() -> _get(MetricsImportView.class)).isInstanceOf(AssertionError.class);
    }

    private void open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(MetricsImportView.class);
        _get(MetricsImportView.class);
    }

    @SuppressWarnings("unchecked")
    private void choose() {
        ComboBox<BrandSummary> brandBox = _get(ComboBox.class, spec -> spec.withId("metrics-import-brand"));
        _setValue(brandBox, brands.find(brand).orElseThrow());
        ComboBox<ChannelSummary> channelBox = _get(ComboBox.class, spec -> spec.withId("metrics-import-channel"));
        _setValue(channelBox, linkedIn);
    }

    @SuppressWarnings("unchecked")
    private List<RowProblem> problems() {
        Grid<RowProblem> grid = _get(Grid.class, spec -> spec.withId("metrics-import-problems"));
        List<RowProblem> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }
}
