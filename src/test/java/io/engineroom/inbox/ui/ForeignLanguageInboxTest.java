package io.engineroom.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.QueueEntry;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.classification.LanguageDetector;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.TaskInbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Messages in a language the English-only models do not read, through the real intake, SOP and inbox: they are
 * stored unclassified with their language (nothing guessed), routed to the community managers who triage, and the
 * inbox says so; English is classified as before.
 */
@EngineRoomIntegrationTest
class ForeignLanguageInboxTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String BRAND = "lang-" + RUN;
    static final String MANAGER = "cm-lang-" + RUN;
    static final String OUTSIDER = "cm-lang-out-" + RUN;

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
    InteractionRepository interactions;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskInbox inbox;

    static long channel;
    UiSession session;

    @BeforeEach
    void aBrandWithAChannelAndItsInboxPeople() {
        if (brands.find(BRAND).isEmpty()) {
            AsAdmin.run(() -> brands.create(BRAND, "Language Test " + RUN, false));
            channel = AsAdmin.call(() -> channels.addManual(BRAND, Platform.INSTAGRAM, "@lang" + RUN, false)).id();
            brands.addMember(BRAND, "community-manager");
            brands.addMember(BRAND, "social-manager");
            TestUsers.ensure(users, brands, MANAGER, Role.COMMUNITY_MANAGER, BRAND);
            TestUsers.ensure(users, brands, OUTSIDER, Role.COMMUNITY_MANAGER);
        }
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void spanishAndGermanAreUnclassifiedWithTheirLanguageAndLandInTheCommunityManagersQueue() {
        Interaction spanish = arrive("Mi pedido no ha llegado y nadie responde, pésimo servicio");
        Interaction german = arrive("Meine Bestellung ist immer noch nicht angekommen, sehr enttäuschend");

        assertThat(List.of(spanish, german)).allSatisfy(one -> {
            assertThat(one.getCategory()).isEqualTo(Category.UNCLASSIFIED);
            assertThat(one.getCategoryConfidence()).isZero();
            assertThat(one.getSentiment()).isEqualTo(Sentiment.NEUTRAL);
            assertThat(one.getSentimentConfidence()).isZero();
            assertThat(one.getClassifiedBy()).isEqualTo(LanguageDetector.MODEL);
            // shipped rule "Unclassified": the community managers' queue
            assertThat(taskService.createTaskQuery().taskId(respond(one).getId())
                    .taskCandidateGroup("community-manager").count()).isOne();
            assertThat(runtimeService.getVariables(one.getProcessInstanceId()))
                    .containsEntry("queue", "community-manager").containsEntry("category", "UNCLASSIFIED");
        });
        assertThat(spanish.getLanguage()).isEqualTo("es");
        assertThat(german.getLanguage()).isEqualTo("de");
        assertThat(inboxOf("community-manager")).extracting(InboxEntry::businessKey)
                .contains(spanish.businessKey(), german.businessKey());
        assertThat(inboxOf("social-manager")).extracting(InboxEntry::businessKey)
                .doesNotContain(spanish.businessKey(), german.businessKey());
    }

    @Test
    void englishIsClassifiedAndAShortOkIsNotTakenForAnotherLanguage() {
        Interaction english = arrive("My order arrived broken and nobody answers. Terrible service!");
        Interaction ok = arrive("ok");

        assertThat(english.getCategory()).isEqualTo(Category.COMPLAINT);
        assertThat(english.getLanguage()).isEqualTo("en");
        assertThat(ok.getCategory()).isNotEqualTo(Category.UNCLASSIFIED);
        assertThat(ok.getLanguage()).as("too short to tell: read as English").isNull();
        assertThat(ok.getClassifiedBy()).isNotEqualTo(LanguageDetector.MODEL);
    }

    @Test
    void theInboxSaysUnclassifiedAndWhichLanguageAndOnlyToTheBrandsPeople() {
        Interaction spanish = arrive("Hola, quiero devolver los zapatos porque me quedan pequeños");
        Interaction english = arrive("Do you deliver on Sundays?");

        logIn(MANAGER);
        Grid<QueueEntry> grid = grid();
        int row = ids(grid).indexOf(spanish.getId());
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Unclassified (language: Spanish)", "NEUTRAL");
        assertThat(GridKt._getFormattedRow(grid, ids(grid).indexOf(english.getId()))).contains("QUESTION")
                .noneMatch(cell -> cell.contains("Unclassified"));
        GridKt._clickItem(grid, row, 1, false, false, false, false);
        assertThat(_get(Span.class, spec -> spec.withId("interaction-language")).getText())
                .startsWith("Language: Spanish (es). Not classified");

        GridKt._clickItem(grid, ids(grid).indexOf(english.getId()), 1, false, false, false, false);
        assertThat(_get(Span.class, spec -> spec.withId("interaction-language")).getText())
                .isEqualTo("Language: English (en)");
        session.close();

        logIn(OUTSIDER);
        assertThat(ids(grid())).doesNotContain(spanish.getId(), english.getId());
    }

    private Interaction arrive(String text) {
        String id = intake.acceptAndStart(channel, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, "@amigo", null, text, null, Instant.now(), null))).entries().get(0)
                .interactionId();
        return interactions.findById(id).orElseThrow();
    }

    private Task respond(Interaction interaction) {
        return taskService.createTaskQuery().processInstanceBusinessKey(interaction.businessKey())
                .taskDefinitionKey("Respond").singleResult();
    }

    private List<InboxEntry> inboxOf(String userId) {
        try (var signedIn = SignedIn.as(users, userId)) {
            return inbox.page(new InboxFilter(BRAND, "interaction"), 0, 500);
        }
    }

    private void logIn(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(InboxView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<QueueEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("interaction-queue"));
    }

    private static List<String> ids(Grid<QueueEntry> grid) {
        List<String> ids = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            ids.add(GridKt._get(grid, row).interaction().id());
        }
        return ids;
    }
}
