package io.engineroom.inbox.ui;

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
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.InteractionImport;
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

/** CSV import on the real application: good rows in, bad rows reported by row and field, nothing twice. */
@EngineRoomIntegrationTest
class ImportUiTest {

    private static final String HEADER = "externalId,kind,authorHandle,authorName,text,inReplyTo,occurredAt,priority\n";

    @Autowired
    ApplicationContext context;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    InteractionImport imports;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    ChannelSummary instagram;
    String communityManager;
    String copywriter;
    UiSession session;

    @BeforeEach
    void aBrandWithAChannel() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "imp-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Import " + suffix, false));
        instagram = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@import" + suffix, true));
        communityManager = TestUsers.ensure(users, brands, "imp-cm-" + suffix, Role.COMMUNITY_MANAGER, brand);
        copywriter = TestUsers.ensure(users, brands, "imp-copy-" + suffix, Role.COPYWRITER, brand);
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void goodRowsAreImportedAndBadRowsListedByRowAndField() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 150; i++) { // two chunks
            csv.append("ok-").append(i).append(",COMMENT,@fan").append(i).append(",Fan ").append(i)
                    .append(",\"Love it, really \"\"love\"\" it\nsecond line\",post-1,2026-11-20T09:30:00Z,\n");
        }
        csv.append("bad-kind,SHOUT,@x,,Hello,,2026-11-20T09:30:00Z,\n"); // row 152
        csv.append("bad-date,COMMENT,@x,,Hello,,yesterday,HIGH\n"); // row 153
        csv.append(",MENTION,@x,,,,2026-11-20T09:30:00Z,\n"); // row 154: no externalId, no text
        csv.append("short,COMMENT,@x\n"); // row 155
        csv.append("ok-1,COMMENT,@fan1,Fan 1,Love it again,post-1,2026-11-20T09:30:00Z,LOW\n"); // row 156: there already
        csv.append("<b>xss</b>,REVIEW,@mallory,<script>alert(1)</script>,<img src=x onerror=alert(1)>,,2026-11-20T09:30:00Z,\n");

        openAs(communityManager);
        choose(instagram);
        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), "interactions.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("151 imported, 1 already there, 4 row(s) with problems left out");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("import-progress")).getValue()).isEqualTo(1.0);
        assertThat(problems()).containsExactly(
                new InteractionImport.RowProblem(152, "kind", "kind must be one of COMMENT, DIRECT_MESSAGE, MENTION, REVIEW"),
                new InteractionImport.RowProblem(153, "occurredAt", "occurredAt must be an ISO-8601 time with offset "
                        + "between 1990 and now, e.g. 2026-11-21T09:30:00Z"),
                new InteractionImport.RowProblem(154, "externalId", "externalId is required"),
                new InteractionImport.RowProblem(154, "text", "text is required"),
                new InteractionImport.RowProblem(155, "", "The row has 3 fields, the header 8"));
        assertThat(count()).isEqualTo(151);
        assertThat(jdbc.queryForObject("select text from interaction where channel_id = ? and external_id = 'ok-7'",
                String.class, instagram.id())).isEqualTo("Love it, really \"love\" it\nsecond line");
        assertThat(jdbc.queryForObject("select author_name from interaction where channel_id = ? and external_id = ?",
                String.class, instagram.id(), "<b>xss</b>")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void aFileWithoutTheHeaderImportsNothingAndSaysSoNextToTheUpload() {
        openAs(communityManager);
        choose(instagram);
        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), "x.csv", "text/csv",
                "id,text\n1,hello\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        Span error = _get(Span.class, spec -> spec.withId("import-error"));
        assertThat(error.getText()).startsWith("Nothing imported: The first row must be the header")
                .contains("missing: externalId, kind");
        assertThat(error.getParent()).isEqualTo(_get(Upload.class, spec -> spec.withId("import-upload")).getParent());
        assertThat(count()).isZero();
    }

    @Test
    void progressIsReportedAfterEveryStoredChunk() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 250; i++) {
            csv.append("p-").append(i).append(",MENTION,@p,,Hi ").append(i).append(",,2026-11-20T09:30:00Z,\n");
        }
        csv.append("p-bad,MENTION,@p,,,,2026-11-20T09:30:00Z,\n");
        session = UiSession.signIn(context, users, communityManager);
        List<InteractionImport.Progress> steps = new ArrayList<>();

        InteractionImport.Report report = imports.importCsv(instagram.id(), new java.io.ByteArrayInputStream(
                csv.toString().getBytes(StandardCharsets.UTF_8)), steps::add);

        assertThat(steps).containsExactly(new InteractionImport.Progress(1, 251),
                new InteractionImport.Progress(101, 251), new InteractionImport.Progress(201, 251),
                new InteractionImport.Progress(251, 251));
        assertThat(report.imported()).isEqualTo(250);
        assertThat(count()).isEqualTo(250);
    }

    @Test
    void onlyImportersOfTheBrandImport() {
        session = UiSession.signIn(context, users, copywriter);
        assertThat(imports.channels()).isEmpty();
        assertThatThrownBy(() -> imports.importCsv(instagram.id(), new java.io.ByteArrayInputStream(
                HEADER.getBytes(StandardCharsets.UTF_8)), step -> { }))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        session.close();
        session = UiSession.signIn(context, users, "community-manager"); // a demo user, not in this brand
        assertThat(imports.channels()).extracting(ChannelSummary::brandId).doesNotContain(brand);
        assertThatThrownBy(() -> imports.importCsv(instagram.id(), new java.io.ByteArrayInputStream(
                HEADER.getBytes(StandardCharsets.UTF_8)), step -> { }))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private void openAs(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(ImportView.class);
        _get(ImportView.class);
    }

    @SuppressWarnings("unchecked")
    private void choose(ChannelSummary channel) {
        ComboBox<ChannelSummary> box = _get(ComboBox.class, spec -> spec.withId("import-channel"));
        _setValue(box, channel);
    }

    @SuppressWarnings("unchecked")
    private List<InteractionImport.RowProblem> problems() {
        Grid<InteractionImport.RowProblem> grid = _get(Grid.class, spec -> spec.withId("import-problems"));
        List<InteractionImport.RowProblem> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from interaction where channel_id = ?", Long.class, instagram.id());
    }
}
