package io.engineroom.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.AnsweredBefore;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.inbox.QueueEntry;
import io.engineroom.inbox.QueueFilter;
import io.engineroom.inbox.ReplyOutcome;
import io.engineroom.inbox.SimilarInteractions;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.domain.InteractionEmbeddingStore;
import io.engineroom.inbox.domain.InteractionReply;
import io.engineroom.inbox.domain.InteractionReplyRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * "Answered before" in the Inbox screen, on the real application: the thread of the selected interaction shows the
 * brand's most similar answered interactions with their replies, and copies a reply into the reply field. Each
 * interaction's embedding is stored by the intake itself, so the search needs no waiting; another brand's member
 * sees only their own brand's answers, and is shown nothing of this brand's even when handed its interaction.
 */
@EngineRoomIntegrationTest
class InboxAnsweredBeforeTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String BRAND = "inbox-ab-" + RUN;
    static final String OTHER_BRAND = "inbox-ab-other-" + RUN;
    static final String MANAGER = "iab-cm-" + RUN;
    static final String OUTSIDER = "iab-out-" + RUN;
    static final String COPYWRITER = "iab-cw-" + RUN;
    static final String QUESTION = "What are your opening hours on Saturday?";
    static final String REFUND = "I want my money back, the blender I ordered arrived broken.";
    static final String OTHER_REPLY = "Other brand: we open at 10.";
    /** The brand's answered opening-hours questions: text → reply. */
    static final Map<String, String> HOURS = new LinkedHashMap<>();

    static long channel;
    static long otherChannel;

    static {
        HOURS.put("When do you open on Saturdays?", "We open at 8 on Saturdays, see you then!");
        HOURS.put("Are you open at the weekend? What time do you close?", "Weekends 8 to 18, Sunday until 16.");
        HOURS.put("What time does the shop open tomorrow morning?", "From 7:30 every weekday morning.");
    }

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
    InteractionReplyRepository replies;
    @Autowired
    InteractionEmbeddingStore embeddings;
    @Autowired
    SentenceEmbeddings model;
    @Autowired
    SimilarInteractions similar;
    @Autowired
    InteractionQueue queue;

    UiSession session;

    @BeforeEach
    void twoBrandsWithAnsweredInteractions() {
        if (brands.find(BRAND).isPresent()) {
            return;
        }
        AsAdmin.run(() -> brands.create(BRAND, "Inbox answered " + RUN, false));
        AsAdmin.run(() -> brands.create(OTHER_BRAND, "Inbox other " + RUN, false));
        channel = AsAdmin.call(() -> channels.addManual(BRAND, Platform.INSTAGRAM, "@inbox-ab", false)).id();
        otherChannel = AsAdmin.call(() -> channels.addManual(OTHER_BRAND, Platform.INSTAGRAM, "@inbox-ab-other",
                false)).id();
        // both frontline queues: which one the routing picks for a test text is not this test's business
        frontline(MANAGER, BRAND);
        frontline(OUTSIDER, OTHER_BRAND);
        TestUsers.ensure(users, brands, COPYWRITER, Role.COPYWRITER, BRAND);
        int n = 0;
        for (Map.Entry<String, String> hours : HOURS.entrySet()) {
            answered(channel, "@guest" + n++ + RUN, hours.getKey(), hours.getValue(), 10 - n);
        }
        answered(channel, "@refund" + RUN, REFUND, "Sorry! Send us the order number for a refund.", 5);
        // the very question at the other brand: the nearest of all to this brand's askers, were brands ever mixed
        answered(otherChannel, "@elsewhere" + RUN, QUESTION, OTHER_REPLY, 3);
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Test
    void theThreadShowsHowTheBrandAnsweredItBeforeAndCopiesAReplyIntoTheReplyField() {
        String asked = arrive(channel, "@asker" + RUN, QUESTION);
        logIn(MANAGER);
        open(asked);

        Component panel = _get(Component.class, spec -> spec.withId("answered-before"));
        assertThat(panel.getParent()).hasValueSatisfying(parent -> assertThat(parent.getId()).hasValue("thread"));
        assertThat(_find(Div.class, spec -> spec.withClasses("answered-before-entry"))).hasSize(3);
        assertThat(texts("answered-before-text")).containsExactlyInAnyOrderElementsOf(HOURS.keySet())
                .doesNotContain(REFUND, QUESTION);
        List<String> shownReplies = texts("answered-before-reply");
        assertThat(shownReplies).containsExactlyInAnyOrderElementsOf(HOURS.values()).doesNotContain(OTHER_REPLY);

        _click(_get(Button.class, spec -> spec.withId("answered-before-use-1")));

        assertThat(_get(TextArea.class, spec -> spec.withId("reply-text")).getValue()).isEqualTo(shownReplies.get(1));
    }

    @Test
    void theIntakeStoresTheEmbeddingTheSearchReadsWithNoWaiting() {
        String asked = arrive(channel, "@stored" + RUN, QUESTION);

        // no worker to wait for: the intake's own transaction wrote it, and it is what the model makes of the text
        float[] stored = embeddings.find(asked).orElseThrow();
        assertThat(stored).containsExactly(model.embed(QUESTION), within(1e-6f));
        List<AnsweredBefore> shown;
        try (SignedIn signedIn = SignedIn.as(users, MANAGER)) {
            shown = similar.answeredBefore(asked);
        }
        assertThat(shown).hasSize(3).allSatisfy(past -> assertThat(past.similarity()).isCloseTo(
                SentenceEmbeddings.similarity(stored, embeddings.find(past.interactionId()).orElseThrow()),
                within(1e-9)));
    }

    @Test
    void anotherBrandsMemberSeesOnlyTheirBrandsAnswersAndNothingOfThisBrandsEvenHandedItsInteraction() {
        String ours = arrive(channel, "@ours" + RUN, QUESTION);
        String theirs = arrive(otherChannel, "@theirs" + RUN, QUESTION);
        QueueEntry oursInTheQueue;
        try (SignedIn signedIn = SignedIn.as(users, MANAGER)) {
            oursInTheQueue = queue.queue(new QueueFilter(BRAND, null, null, null, null)).stream()
                    .filter(entry -> entry.interaction().id().equals(ours)).findFirst().orElseThrow();
        }
        logIn(OUTSIDER);
        assertThat(ids(grid())).contains(theirs).doesNotContain(ours);

        open(theirs);
        assertThat(texts("answered-before-text")).containsExactly(QUESTION);
        assertThat(texts("answered-before-reply")).containsExactly(OTHER_REPLY);

        // a stale or forged selection of this brand's interaction: the thread refuses it, nothing of it is shown
        _get(InboxView.class).thread.show(oursInTheQueue);
        assertThat(_find(Component.class, spec -> spec.withId("answered-before"))).isEmpty();
        assertThat(_find(Span.class)).extracting(Span::getText).doesNotContainAnyElementsOf(HOURS.keySet())
                .doesNotContainAnyElementsOf(HOURS.values());
        // and the list itself, asked directly, shows nothing at all to someone outside the brand
        assertThat(AnsweredBeforePanel.forInteraction(similar, ours, reply -> { })).isEmpty();
        session.close();
        session = null;
        try (SignedIn copywriter = SignedIn.as(users, COPYWRITER)) {
            assertThat(AnsweredBeforePanel.forInteraction(similar, ours, reply -> { })).isEmpty();
        }
    }

    // --- helpers

    private void frontline(String userId, String brandId) {
        users.createUser(userId, userId, "(test)", userId + "@example.com", TestUsers.PASSWORD,
                List.of(Role.COMMUNITY_MANAGER, Role.SOCIAL_MANAGER));
        brands.addMember(brandId, userId);
    }

    private void answered(long channelId, String author, String text, String reply, int daysAgo) {
        String id = intake.acceptAndStart(channelId, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, author, null, text, null, Instant.now().minus(daysAgo, ChronoUnit.DAYS),
                null))).entries().get(0).interactionId();
        InteractionReply sent = replies.saveAndFlush(new InteractionReply(id, "answered-" + id, reply, MANAGER,
                Instant.now().minus(daysAgo, ChronoUnit.DAYS)));
        sent.finish(ReplyOutcome.SENT, null, null, null, Instant.now());
        replies.saveAndFlush(sent);
    }

    private String arrive(long channelId, String author, String text) {
        return intake.acceptAndStart(channelId, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, author, null, text, null, Instant.now(), null))).entries().get(0)
                .interactionId();
    }

    private void logIn(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(InboxView.class);
    }

    /** Clicks the interaction's row, as a person selects it. */
    private static void open(String interactionId) {
        Grid<QueueEntry> grid = grid();
        GridKt._clickItem(grid, ids(grid).indexOf(interactionId), 1, false, false, false, false);
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

    private static List<String> texts(String className) {
        return _find(Span.class, spec -> spec.withClasses(className)).stream().map(Span::getText).toList();
    }
}
