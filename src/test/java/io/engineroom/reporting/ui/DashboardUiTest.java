package io.engineroom.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.QueueEntry;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.SopOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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
    TaskService taskService;

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
        try {
            UI.getCurrent().navigate("dashboard");
        } catch (RuntimeException refused) {
            // Karibu reports the router's refusal as an error once an error view was shown before
            assertThat(refused).hasMessageContaining(com.vaadin.flow.router.AccessDeniedException.class.getName());
        }
        assertThat(_find(DashboardView.class)).isEmpty();
    }

    @Test
    void aBacklogLinkOpensTheInboxOnThatBrandsQueue() {
        List<String> arrived = IntStream.range(0, 4).mapToObj(i -> arrive("Where is my order number " + i + "?"))
                .toList();
        Map<String, String> queueOf = arrived.stream().collect(Collectors.toMap(id -> id, this::queueOf));
        session = UiSession.signIn(context, users, MANAGER);

        follow(DashboardLinks.inbox(BRAND, "community-manager"));

        assertThat(this.<BrandSummary>comboBox("brand-filter").getValue().id()).isEqualTo(BRAND);
        Button queue = _get(Button.class, spec -> spec.withId("queue-filter"));
        assertThat(queue.isVisible()).isTrue();
        assertThat(queue.getText()).contains("community-manager");
        List<QueueEntry> shown = entries();
        assertThat(shown).allSatisfy(entry -> assertThat(entry.interaction().brandId()).isEqualTo(BRAND));
        assertThat(shown).extracting(entry -> entry.interaction().id()).containsExactlyInAnyOrderElementsOf(
                arrived.stream().filter(id -> queueOf.get(id).equals("community-manager")).toList());

        _click(queue);
        assertThat(queue.isVisible()).isFalse();
        assertThat(entries()).extracting(entry -> entry.interaction().id()).containsAll(arrived);
    }

    @Test
    void aSentimentLinkOpensTheInboxWithThatSentiment() {
        session = UiSession.signIn(context, users, MANAGER);

        follow(DashboardLinks.inboxBySentiment(BRAND, "NEGATIVE"));

        assertThat(comboBox("sentiment-filter").getValue()).hasToString("NEGATIVE");
        assertThat(entries()).allSatisfy(entry -> assertThat(entry.interaction().sentiment()).hasToString("NEGATIVE"));
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

    /** The group the interaction's Respond task is offered to: its queue. */
    private String queueOf(String interactionId) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + interactionId)
                .taskDefinitionKey("Respond").singleResult().getId();
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElseThrow();
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
