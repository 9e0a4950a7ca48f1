package io.engineroom.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import io.engineroom.brand.PillarTarget;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionCorrections;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.QueueEntry;
import io.engineroom.inbox.Sentiment;
import io.engineroom.reporting.KpiDictionary;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.SopOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard on the real application: who may open it, and that its links open the inbox, My work and the
 * calendar narrowed to the figure's brand and queue.
 */
@EngineRoomIntegrationTest
class DashboardUiTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String BRAND = "dash-" + RUN;
    /** A social media manager who also works the community queue: may open the dashboard and every target. */
    static final String MANAGER = "dash-sm-" + RUN;
    static final String COPYWRITER = "dash-cw-" + RUN;
    /** A brand of its own for the figures, so the other tests' interactions do not change them. */
    static final String FIGURES = "dash-fig-" + RUN;
    static final String ANALYST = "dash-an-" + RUN;
    static final ZoneId ZONE = ZoneId.of("UTC");
    static final Instant NOW = Instant.now();

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionCorrections corrections;
    @Autowired
    PillarService pillars;
    @Autowired
    KpiDictionary dictionary;
    @Autowired
    JdbcTemplate jdbc;

    static long channel;
    UiSession session;

    @BeforeEach
    void aBrandWithAManagerAndACopywriter() {
        if (brands.find(BRAND).isPresent()) {
            return;
        }
        AsAdmin.run(() -> brands.create(BRAND, "Dashboard Test " + RUN, false));
        channel = AsAdmin.call(() -> channels.addManual(BRAND, Platform.INSTAGRAM, "@dash" + RUN, true)).id();
        users.createUser(MANAGER, MANAGER, "(test)", MANAGER + "@example.com", TestUsers.PASSWORD,
                List.of(Role.SOCIAL_MANAGER, Role.COMMUNITY_MANAGER));
        brands.addMember(BRAND, MANAGER);
        TestUsers.ensure(users, brands, COPYWRITER, Role.COPYWRITER, BRAND);
        aKnownMonth();
    }

    /**
     * The figures brand, in UTC: two questions answered (after 30 minutes, in time; after 120, late), one complaint
     * open; pillars Education 60 % and Product 40 % with two and one published posts; one post's day of 100
     * impressions and 10 engagements yesterday, and the channel's day of 1000 impressions and 50 engagements.
     */
    private void aKnownMonth() {
        AsAdmin.run(() -> brands.create(FIGURES, "Dashboard Figures " + RUN, false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(FIGURES, "Dashboard Figures " + RUN, false, false, ZONE,
                Duration.ofHours(24))));
        brands.addMember(FIGURES, MANAGER);
        TestUsers.ensure(users, brands, ANALYST, Role.ANALYST, FIGURES);
        long toots = AsAdmin.call(() -> channels.addManual(FIGURES, Platform.MASTODON, "@fig" + RUN, true)).id();
        Map<String, Long> pillarIds;
        try (SignedIn signedIn = SignedIn.as(users, MANAGER)) {
            pillarIds = pillars.define(FIGURES, List.of(new PillarTarget("Education", 60, false),
                    new PillarTarget("Product", 40, true))).stream()
                    .collect(Collectors.toMap(PillarSummary::name, PillarSummary::id));
        }
        interaction(toots, "QUESTION", "NEUTRAL", hoursAgo(3), hoursAgo(2.5), hoursAgo(2), null, "ANSWERED");
        interaction(toots, "QUESTION", "POSITIVE", hoursAgo(3), hoursAgo(1), hoursAgo(2), hoursAgo(2), "ANSWERED");
        interaction(toots, "COMPLAINT", "NEGATIVE", hoursAgo(1), null, hoursAgo(-1), null, "OPEN");
        long first = published(toots, "First lesson", pillarIds.get("Education"));
        published(toots, "Second lesson", pillarIds.get("Education"));
        published(toots, "New product", pillarIds.get("Product"));
        jdbc.update("insert into post_day_metrics (content_item_id, channel_id, brand_id, metric_day, source, "
                + "impressions, engagements, collected_at) values (?, ?, ?, ?, 'test', 100, 10, ?)", first, toots,
                FIGURES, java.sql.Date.valueOf(yesterday()), Timestamp.from(NOW));
        jdbc.update("insert into channel_day_metrics (brand_id, channel_id, metric_day, source, impressions, "
                + "engagements, collected_at) values (?, ?, ?, 'test', 1000, 50, ?)", FIGURES, toots,
                java.sql.Date.valueOf(yesterday()), Timestamp.from(NOW));
    }

    private void interaction(long channelId, String category, String sentiment, Instant received, Instant answered,
            Instant due, Instant breached, String state) {
        jdbc.update("""
                insert into interaction (id, brand_id, channel_id, external_id, kind, author_handle, text, priority,
                    occurred_at, received_at, sentiment, sentiment_score, sentiment_confidence, category,
                    category_confidence, classified_by, state, first_response_due, first_response_at, breached_at)
                values (?, ?, ?, ?, 'COMMENT', '@fan', 'a known figure', 'NORMAL', ?, ?, ?, 0, 1, ?, 1, 'test', ?,
                    ?, ?, ?)""", UUID.randomUUID().toString(), FIGURES, channelId, UUID.randomUUID().toString(),
                timestamp(received), timestamp(received), sentiment, category, state, timestamp(due),
                timestamp(answered), timestamp(breached));
    }

    /** A content item published two days ago on the channel, in a pillar. */
    private long published(long channelId, String title, long pillarId) {
        Timestamp at = Timestamp.from(NOW.minus(Duration.ofDays(2)));
        jdbc.update("insert into content_item (brand_id, title, state, pillar_id, publish_at, created_at) "
                + "values (?, ?, 'PUBLISHED', ?, ?, ?)", FIGURES, title, pillarId, at, at);
        long id = jdbc.queryForObject("select id from content_item where brand_id = ? and title = ?", Long.class,
                FIGURES, title);
        jdbc.update("insert into content_item_channel (content_item_id, channel_id) values (?, ?)", id, channelId);
        return id;
    }

    private static Instant hoursAgo(double hours) {
        return NOW.minusSeconds(Math.round(hours * 3600));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static LocalDate yesterday() {
        return LocalDate.ofInstant(NOW, ZONE).minusDays(1);
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theDashboardShowsABrandsFiguresWithTheirDefinitionsAndLinksToTheItems() {
        session = UiSession.signIn(context, users, MANAGER);
        UI.getCurrent().navigate("dashboard");
        DashboardView view = _get(DashboardView.class);
        // a member of two brands starts on all of them
        assertThat(view.brand.getValue()).isEqualTo(DashboardView.ALL_MY_BRANDS);
        _setValue(view.brand, view.brand.getListDataView().getItems().filter(brand -> brand.id().equals(FIGURES))
                .findFirst().orElseThrow());

        // complaint: 1 received, none answered, 1 open; questions: 1 of 2 in time, median (30 + 120) / 2 minutes
        assertThat(rows("sla-figures")).containsExactly(List.of("COMPLAINT", "1", "–", "–", "1", "0"),
                List.of("QUESTION", "2", "50.0", "75.0", "0", "0"));
        assertThat(hrefs("sla-figures")).containsExactly(
                "inbox?brand=" + FIGURES + "&category=COMPLAINT", "inbox?brand=" + FIGURES + "&category=COMPLAINT",
                "inbox?brand=" + FIGURES + "&category=QUESTION", "inbox?brand=" + FIGURES + "&category=QUESTION");
        // 2 of 3 posts Education, 1 Product; the first lesson's 10 engagements
        assertThat(rows("pillar-figures")).containsExactly(List.of("Education", "2", "66.7", "60.0", "10"),
                List.of("Product", "1", "33.3", "40.0", "0"));
        assertThat(hrefs("pillar-figures")).containsOnly("calendar?brand=" + FIGURES);
        // the engagement trend is the channels' days
        assertThat(rows("engagement-figures")).contains(List.of(yesterday().toString(), "1000", "50"));
        assertThat(columnSum("sentiment-figures", 1)).isEqualTo(1);
        assertThat(columnSum("sentiment-figures", 2)).isEqualTo(1);
        assertThat(columnSum("sentiment-figures", 3)).isEqualTo(1);
        assertThat(_get(ChartFigure.class, spec -> spec.withId("sla-chart")).svg()).contains("QUESTION");

        KpiLabel compliance = _find(_get(FigureTable.class, spec -> spec.withId("sla-figures")), KpiLabel.class)
                .stream().filter(label -> label.definition().key().equals("sla_compliance")).findFirst().orElseThrow();
        assertThat(compliance.detailsText()).contains(dictionary.get("sla_compliance").formula(),
                dictionary.get("sla_compliance").whyItMatters());
    }

    @Test
    void anAnalystReadsTheFiguresButGetsNoLinksToScreensTheyMayNotOpen() {
        session = UiSession.signIn(context, users, ANALYST);
        UI.getCurrent().navigate("dashboard");
        DashboardView view = _get(DashboardView.class);

        assertThat(view.brand.getValue().id()).isEqualTo(FIGURES);
        assertThat(rows("sla-figures")).hasSize(2);
        assertThat(hrefs("sla-figures")).isEmpty();
        assertThat(hrefs("pillar-figures")).isEmpty();
    }

    @Test
    void aCopywriterCannotOpenTheDashboardNorSeeItInTheNavigation() {
        session = UiSession.signIn(context, users, COPYWRITER);

        assertThat(MenuConfiguration.getMenuEntries()).extracting(entry -> entry.path().replaceFirst("^/", ""))
                .doesNotContain("dashboard").contains("calendar");
        UI.getCurrent().navigate("dashboard");

        // the router shows its access-denied error instead of the view
        List<HasElement> shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(shown).noneMatch(DashboardView.class::isInstance);
        assertThat(shown.get(0)).isInstanceOf(HasErrorParameter.class);
        assertThat(shown.get(0).getElement().getTextRecursively()).contains("AccessDeniedException");
    }

    @Test
    void aBacklogLinkOpensTheInboxOnThatBrandsQueue() {
        String complaint = arrive("My order is late again");
        String question = arrive("When do you open on Sunday?");
        String anotherComplaint = arrive("Still no refund");
        try (SignedIn signedIn = SignedIn.as(users, MANAGER)) {
            corrections.correct(complaint, Sentiment.NEGATIVE, Category.COMPLAINT);
            corrections.correct(question, Sentiment.NEUTRAL, Category.QUESTION);
            corrections.correct(anotherComplaint, Sentiment.NEGATIVE, Category.COMPLAINT);
        }
        session = UiSession.signIn(context, users, MANAGER);

        follow(DashboardLinks.inbox(BRAND, "COMPLAINT"));

        assertThat(this.<BrandSummary>comboBox("brand-filter").getValue().id()).isEqualTo(BRAND);
        assertThat(comboBox("category-filter").getValue()).isEqualTo(Category.COMPLAINT);
        assertThat(entries()).extracting(entry -> entry.interaction().id())
                .containsExactlyInAnyOrder(complaint, anotherComplaint);
    }

    @Test
    void aSentimentLinkOpensTheInboxWithThatSentiment() {
        session = UiSession.signIn(context, users, MANAGER);

        follow(DashboardLinks.inboxBySentiment(BRAND, "NEGATIVE"));

        assertThat(comboBox("sentiment-filter").getValue()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(entries()).allSatisfy(entry -> assertThat(entry.interaction().sentiment())
                .isEqualTo(Sentiment.NEGATIVE));
    }

    @Test
    void stageAndPillarLinksOpenMyWorkAndTheCalendarOnThatBrand() {
        session = UiSession.signIn(context, users, MANAGER);

        follow(DashboardLinks.approvalWork(BRAND));
        assertThat(this.<BrandSummary>comboBox("brand-filter").getValue().id()).isEqualTo(BRAND);
        assertThat(this.<SopOption>comboBox("sop-filter").getValue().key()).isEqualTo("content-approval");

        follow(DashboardLinks.calendar(BRAND));
        assertThat(this.<BrandSummary>comboBox("calendar-brand").getValue().id()).isEqualTo(BRAND);
    }

    /** Where a browser goes when the link is clicked. */
    private static void follow(String href) {
        UI.getCurrent().navigate(DashboardLinks.screen(href),
                QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
    }

    private String arrive(String text) {
        return intake.acceptAndStart(channel, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, "@someone" + RUN, null, text, null, Instant.now(), null))).entries().get(0)
                .interactionId();
    }

    private static List<List<String>> rows(String tableId) {
        FigureTable table = _get(FigureTable.class, spec -> spec.withId(tableId));
        return table.getBody().getRows().stream().map(row -> row.getChildren()
                .map(cell -> cell.getElement().getTextRecursively()).toList()).toList();
    }

    private static long columnSum(String tableId, int column) {
        return rows(tableId).stream().mapToLong(row -> Long.parseLong(row.get(column))).sum();
    }

    private static List<String> hrefs(String tableId) {
        return _find(_get(FigureTable.class, spec -> spec.withId(tableId)), Anchor.class).stream()
                .map(Anchor::getHref).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static List<QueueEntry> entries() {
        Grid<QueueEntry> grid = _get(Grid.class, spec -> spec.withId("interaction-queue"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row)).toList();
    }
}
