package io.engineroom.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.base.NotFound;
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
import io.engineroom.inbox.ReplyOutcome;
import io.engineroom.inbox.SimilarInteractions;
import io.engineroom.inbox.domain.InteractionEmbeddingStore;
import io.engineroom.inbox.domain.InteractionReply;
import io.engineroom.inbox.domain.InteractionReplyRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Answered before" on the real application and PostgreSQL: interactions come in through the intake (and are
 * embedded as they are taken in), replies went out to some; a new question about opening hours finds the answered
 * opening-hours questions with their replies, not the refund, never another brand's, never its author's own thread;
 * the Respond task page shows them and copies a reply into the form.
 */
@EngineRoomIntegrationTest
class AnsweredBeforeTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String BRAND = "answered-" + RUN;
    static final String OTHER_BRAND = "answered-other-" + RUN;
    static final String MANAGER = "ab-cm-" + RUN;
    static final String OUTSIDER = "ab-out-" + RUN;
    static final String COPYWRITER = "ab-cw-" + RUN;
    static final String ASKER = "@asker" + RUN;
    static final String QUESTION = "What are your opening hours on Saturday?";

    /** The answered interactions of the brand: text → reply. */
    static final Map<String, String> HOURS = new LinkedHashMap<>();
    static final String REFUND = "I want my money back, the blender I ordered arrived broken.";
    static String refundId;
    static String ownEarlierId;
    static String otherBrandId;
    static final Map<String, String> HOURS_IDS = new LinkedHashMap<>();
    static long channel;

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
    SimilarInteractions similar;
    @Autowired
    TaskService taskService;

    UiSession session;

    @BeforeEach
    void twoBrandsWithAnsweredInteractions() {
        if (brands.find(BRAND).isPresent()) {
            return;
        }
        AsAdmin.run(() -> brands.create(BRAND, "Answered " + RUN, false));
        AsAdmin.run(() -> brands.create(OTHER_BRAND, "Other " + RUN, false));
        channel = AsAdmin.call(() -> channels.addManual(BRAND, Platform.INSTAGRAM, "@answered", false)).id();
        long otherChannel = AsAdmin.call(() -> channels.addManual(OTHER_BRAND, Platform.INSTAGRAM, "@other", false))
                .id();
        // both frontline groups: which queue the routing picks for a test text is not this test's business
        users.createUser(MANAGER, MANAGER, "(test)", MANAGER + "@example.com", TestUsers.PASSWORD,
                List.of(Role.COMMUNITY_MANAGER, Role.SOCIAL_MANAGER));
        brands.addMember(BRAND, MANAGER);
        TestUsers.ensure(users, brands, OUTSIDER, Role.COMMUNITY_MANAGER, OTHER_BRAND);
        TestUsers.ensure(users, brands, COPYWRITER, Role.COPYWRITER, BRAND);
        int n = 0;
        for (Map.Entry<String, String> hours : HOURS.entrySet()) {
            HOURS_IDS.put(answered(channel, "@guest" + n++ + RUN, hours.getKey(), hours.getValue(), 10 - n),
                    hours.getValue());
        }
        refundId = answered(channel, "@refund" + RUN, REFUND, "Sorry! Send us the order number for a refund.", 5);
        ownEarlierId = answered(channel, ASKER, "Are you open on Saturday?", "Yes, from 8.", 4);
        // the very same question at another brand: the nearest of all, were brands ever mixed
        otherBrandId = answered(otherChannel, "@elsewhere" + RUN, QUESTION, "Other brand: we open at 10.", 3);
        List<String> all = new java.util.ArrayList<>(HOURS_IDS.keySet());
        all.addAll(List.of(refundId, ownEarlierId, otherBrandId));
        await().atMost(Duration.ofSeconds(60)).until(() -> all.stream().allMatch(id -> embeddings.find(id)
                .isPresent()));
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aNewOpeningHoursQuestionShowsTheOpeningHoursAnswersWithTheirRepliesNotTheRefund() {
        String asked = arrive(ASKER, QUESTION);

        List<AnsweredBefore> shown;
        try (SignedIn signedIn = SignedIn.as(users, MANAGER)) {
            shown = similar.answeredBefore(asked);
        }

        assertThat(shown).extracting(AnsweredBefore::interactionId)
                .containsExactlyInAnyOrderElementsOf(HOURS_IDS.keySet())
                .doesNotContain(refundId, otherBrandId, ownEarlierId, asked);
        assertThat(shown).allSatisfy(one -> {
            assertThat(one.replyText()).isEqualTo(HOURS_IDS.get(one.interactionId()));
            assertThat(HOURS).containsEntry(one.text(), one.replyText());
            assertThat(one.similarity()).isBetween(SimilarInteractions.MIN_SIMILARITY, 1.0);
            assertThat(one.replySentBy()).isEqualTo(MANAGER);
            assertThat(one.occurredAt()).isNotNull();
        });
        assertThat(shown).extracting(AnsweredBefore::similarity)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void onlyMembersOfTheBrandInAnInboxRoleSeeWhatWasAnsweredBefore() {
        String asked = arrive("@someone" + RUN, QUESTION);

        try (SignedIn signedIn = SignedIn.as(users, OUTSIDER)) {
            assertThatThrownBy(() -> similar.answeredBefore(asked)).isInstanceOf(NotFound.class);
        }
        try (SignedIn signedIn = SignedIn.as(users, COPYWRITER)) {
            assertThatThrownBy(() -> similar.answeredBefore(asked)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> similar.answeredBefore(asked)).isInstanceOf(AccessDeniedException.class);
        try (SignedIn signedIn = SignedIn.as(users, OUTSIDER)) {
            // the other brand's own member sees its answer, never this brand's
            assertThat(similar.answeredBefore(otherBrandId)).isEmpty();
        }
    }

    @Test
    void theRespondTaskShowsWhatWasAnsweredBeforeAndCopiesAReplyIntoTheForm() {
        // the asker's own earlier question is left out (the conversation shows it), so the three are the others'
        String asked = arrive(ASKER, QUESTION);
        logIn(MANAGER);
        UI.getCurrent().navigate("task/" + respondTask(asked));

        _get(Component.class, spec -> spec.withId("answered-before"));
        List<Div> entries = _find(Div.class, spec -> spec.withClasses("answered-before-entry"));
        assertThat(entries).hasSize(3);
        List<String> texts = _find(Span.class, spec -> spec.withClasses("answered-before-text")).stream()
                .map(Span::getText).toList();
        assertThat(texts).containsExactlyInAnyOrderElementsOf(HOURS.keySet()).doesNotContain(REFUND);
        String firstReply = _find(Span.class, spec -> spec.withClasses("answered-before-reply")).get(0).getText();
        assertThat(HOURS.values()).contains(firstReply);

        _click(_get(Button.class, spec -> spec.withId("answered-before-use-0")));

        assertThat(_get(TextArea.class, spec -> spec.withId(AnsweredBeforePanel.REPLY_FIELD)).getValue())
                .isEqualTo(firstReply);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId(AnsweredBeforePanel.ACTION_FIELD)).getValue())
                .isEqualTo("reply");
    }

    @Test
    void aRespondTaskLikeNothingAnsweredSaysSoAndTheConversationStaysFirst() {
        String asked = arrive("@music" + RUN, "Who chose the playlist today? The jazz was lovely.");
        logIn(MANAGER);
        UI.getCurrent().navigate("task/" + respondTask(asked));

        _get(Component.class, spec -> spec.withId("answered-before-none"));
        assertThat(_find(Div.class, spec -> spec.withClasses("answered-before-entry"))).isEmpty();
        Component page = _get(Component.class, spec -> spec.withId("answered-before")).getParent().orElseThrow();
        List<String> panels = page.getChildren().map(child -> child.getId().orElse("")).filter(id -> !id.isEmpty())
                .toList();
        assertThat(panels.indexOf("interaction-conversation")).isLessThan(panels.indexOf("answered-before"));
    }

    // --- helpers

    private String answered(long channelId, String author, String text, String reply, int daysAgo) {
        String id = intake.acceptAndStart(channelId, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, author, null, text, null, Instant.now().minus(daysAgo, ChronoUnit.DAYS),
                null))).entries().get(0).interactionId();
        InteractionReply sent = replies.saveAndFlush(new InteractionReply(id, "answered-" + id, reply, MANAGER,
                Instant.now().minus(daysAgo, ChronoUnit.DAYS)));
        sent.finish(ReplyOutcome.SENT, null, null, null, Instant.now());
        replies.saveAndFlush(sent);
        return id;
    }

    private String arrive(String author, String text) {
        return intake.acceptAndStart(channel, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, author, null, text, null, Instant.now(), null))).entries().get(0)
                .interactionId();
    }

    private String respondTask(String interactionId) {
        return taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + interactionId)
                .taskDefinitionKey(InteractionQueue.RESPOND_TASK).singleResult().getId();
    }

    private void logIn(String userId) {
        session = UiSession.signIn(context, users, userId);
    }
}
