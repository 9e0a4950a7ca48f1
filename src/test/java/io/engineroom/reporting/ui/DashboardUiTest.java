package io.engineroom.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
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
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.SopOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

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

    static long channel;
    UiSession session;

    @BeforeEach
    void aBrandWithAManagerAndACopywriter() {
        if (brands.find(BRAND).isPresent()) {
            return;
        }
        brands.create(BRAND, "Dashboard Test " + RUN, false);
        channel = channels.addManual(BRAND, Platform.INSTAGRAM, "@dash" + RUN, true).id();
        users.createUser(MANAGER, MANAGER, "(test)", MANAGER + "@example.com", TestUsers.PASSWORD,
                List.of(Role.SOCIAL_MANAGER, Role.COMMUNITY_MANAGER));
        brands.addMember(BRAND, MANAGER);
        TestUsers.ensure(users, brands, COPYWRITER, Role.COPYWRITER, BRAND);
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aCopywriterCannotOpenTheDashboardNorSeeItInTheNavigation() {
        session = UiSession.signIn(context, users, COPYWRITER);

        assertThat(MenuConfiguration.getMenuEntries()).extracting(entry -> entry.path().replaceFirst("^/", ""))
                .doesNotContain("dashboard").contains("calendar");
        Throwable refused = catchThrowable(() -> UI.getCurrent().navigate("dashboard"));

        // Karibu reports the router's refusal as an error, or shows the error view
        if (refused != null) {
            assertThat(refused).hasMessageContaining(com.vaadin.flow.router.AccessDeniedException.class.getName());
        }
        assertThat(_find(DashboardView.class)).isEmpty();
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
        return intake.accept(channel, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, "@someone" + RUN, null, text, null, Instant.now(), null))).entries().get(0)
                .interactionId();
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
