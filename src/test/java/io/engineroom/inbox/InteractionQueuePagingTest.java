package io.engineroom.inbox;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.ui.InboxView;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.workflow.BusinessKeyFilter;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.inbox.InboxQuery;
import io.engineroom.workflow.inbox.InboxQueryWays;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Inbox's queue read a page at a time on PostgreSQL, its filters applied in the database before paging: seven
 * interactions due one hour apart, the last one (7th by due) the only negative complaint on the second channel.
 */
@EngineRoomIntegrationTest
class InteractionQueuePagingTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String BRAND = "paging-" + RUN;
    static final String RESPONDER = "pager-" + RUN;
    static final String COPYWRITER = "pager-cw-" + RUN;
    static final QueueFilter MINE = new QueueFilter(BRAND, null, null, null, null);
    static final QueueFilter NEGATIVE = new QueueFilter(BRAND, null, Sentiment.NEGATIVE, null, null);
    static final QueueFilter COMPLAINTS = new QueueFilter(BRAND, null, null, Category.COMPLAINT, null);
    static final QueueFilter ANSWERED = new QueueFilter(BRAND, null, null, null, InteractionState.ANSWERED);
    /** Due order: the 7th is the negative complaint on the second channel. */
    static final List<String> BY_DUE = new ArrayList<>();
    static long firstChannel;
    static long secondChannel;

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
    InteractionQueue queue;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void sevenInteractionsDueOneHourApart() {
        if (brands.find(BRAND).isPresent()) {
            return;
        }
        AsAdmin.run(() -> brands.create(BRAND, "Paging " + RUN, false));
        firstChannel = AsAdmin.call(() -> channels.addManual(BRAND, Platform.INSTAGRAM, "@first" + RUN, true)).id();
        secondChannel = AsAdmin.call(() -> channels.addManual(BRAND, Platform.MASTODON, "@second" + RUN, false)).id();
        // both frontline queues: routing sends leads to the social media manager, the rest to community managers
        users.createUser(RESPONDER, RESPONDER, "(test)", RESPONDER + "@example.com", TestUsers.PASSWORD,
                List.of(Role.COMMUNITY_MANAGER, Role.SOCIAL_MANAGER));
        brands.addMember(BRAND, RESPONDER);
        TestUsers.ensure(users, brands, COPYWRITER, Role.COPYWRITER, BRAND);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int n = 1; n <= 7; n++) {
            String id = arrive(n == 7 ? secondChannel : firstChannel, "Message number " + n);
            // the classifier's reading of a test text is not this test's business: the facts are set here
            jdbc.update("update interaction set sentiment = ?, category = ? where id = ?",
                    n == 7 ? "NEGATIVE" : "POSITIVE", n == 7 ? "COMPLAINT" : "QUESTION", id);
            String task = taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + id)
                    .taskDefinitionKey(InteractionQueue.RESPOND_TASK).singleResult().getId();
            taskService.setDueDate(task, Date.from(now.plus(n, ChronoUnit.HOURS)));
            BY_DUE.add(id);
        }
    }

    @Test
    void pagesFollowOneAnotherInDueOrderWithoutGapsOrRepeats() {
        try (SignedIn signedIn = SignedIn.as(users, RESPONDER)) {
            List<String> paged = new ArrayList<>();
            IntStream.of(0, 3, 6).forEach(offset -> paged.addAll(ids(queue.page(MINE, offset, 3))));
            assertThat(paged).containsExactlyElementsOf(BY_DUE);
            assertThat(queue.page(MINE, 7, 3)).isEmpty();
        }
    }

    @Test
    void aFilterFindsTheMatchBeyondTheFirstPage() {
        try (SignedIn signedIn = SignedIn.as(users, RESPONDER)) {
            // the first page of three unfiltered does not hold it: filtering that page would find nothing
            assertThat(ids(queue.page(MINE, 0, 3))).doesNotContain(BY_DUE.get(6));
            assertThat(ids(queue.page(NEGATIVE, 0, 3))).containsExactly(BY_DUE.get(6));
            assertThat(ids(queue.page(COMPLAINTS, 0, 3))).containsExactly(BY_DUE.get(6));
            assertThat(ids(queue.page(new QueueFilter(BRAND, secondChannel, null, null, null), 0, 3)))
                    .containsExactly(BY_DUE.get(6));
            assertThat(ids(queue.page(new QueueFilter(BRAND, secondChannel, Sentiment.NEGATIVE, Category.COMPLAINT,
                    InteractionState.OPEN), 0, 1))).containsExactly(BY_DUE.get(6));
            assertThat(ids(queue.page(new QueueFilter(BRAND, firstChannel, Sentiment.POSITIVE, null, null), 3, 3)))
                    .containsExactlyElementsOf(BY_DUE.subList(3, 6));
            assertThat(queue.page(ANSWERED, 0, 50)).isEmpty();
            assertThat(queue.page(new QueueFilter(BRAND, firstChannel, Sentiment.NEGATIVE, null, null), 0, 50))
                    .isEmpty();
        }
    }

    @Test
    void theCountStopsAtItsCapAndFollowsTheFilters() {
        try (SignedIn signedIn = SignedIn.as(users, RESPONDER)) {
            assertThat(queue.countUpTo(MINE, 1001)).isEqualTo(7);
            assertThat(queue.countUpTo(MINE, 5)).isEqualTo(5);
            assertThat(queue.countUpTo(NEGATIVE, 1001)).isEqualTo(1);
            assertThat(queue.countUpTo(ANSWERED, 1001)).isZero();
        }
    }

    @Test
    void anotherBrandsPersonSeesNoneOfItAndAPersonWithoutTheInboxIsRefused() {
        String outsider = TestUsers.ensure(users, brands, "pager-out-" + RUN, Role.COMMUNITY_MANAGER);
        try (SignedIn signedIn = SignedIn.as(users, outsider)) {
            assertThat(queue.page(MINE, 0, 50)).isEmpty();
            assertThat(queue.page(NEGATIVE, 0, 50)).isEmpty();
            assertThat(queue.countUpTo(MINE, 1001)).isZero();
            assertThat(queue.page(new QueueFilter(null, secondChannel, null, null, null), 0, 50)).isEmpty();
        }
        try (SignedIn signedIn = SignedIn.as(users, COPYWRITER)) {
            assertThatThrownBy(() -> queue.page(MINE, 0, 50)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queue.countUpTo(MINE, 1001)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theScreenShowsHowManyWaitAndPagesTheFilteredQueue() {
        try (UiSession session = UiSession.signIn(context, users, RESPONDER)) {
            UI.getCurrent().navigate(InboxView.class);
            assertThat(size()).isEqualTo("7 interactions waiting");
            assertThat(ids(entries())).containsExactlyElementsOf(BY_DUE);

            select("sentiment-filter", Sentiment.NEGATIVE);
            assertThat(size()).isEqualTo("1 interaction waiting");
            assertThat(ids(entries())).containsExactly(BY_DUE.get(6));
            select("state-filter", InteractionState.ANSWERED);
            assertThat(size()).isEqualTo("No interactions waiting");
            assertThat(entries()).isEmpty();
        }
    }

    /**
     * The application reads a rare filter's interactions first and looks their tasks up by key, and walks the queue
     * for a frequent one; here, with seven interactions, both ways are forced for every filter: the same pages, the
     * same counts, and nothing for a member of the brand outside the task's queue or a person of another brand.
     */
    @Test
    void walkingTheQueueAndLookingTasksUpByKeyGiveTheSameAnswers() {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        EngineRoomUser me = users.load(RESPONDER).orElseThrow();
        EngineRoomUser copywriter = users.load(COPYWRITER).orElseThrow();
        String otherBrand = BRAND + "-other";
        if (brands.find(otherBrand).isEmpty()) {
            AsAdmin.run(() -> brands.create(otherBrand, "Paging other " + RUN, false));
        }
        EngineRoomUser outsider = users.load(TestUsers.ensure(users, brands, "pager-other-" + RUN,
                Role.COMMUNITY_MANAGER, otherBrand)).orElseThrow();
        QueueFilter positiveFirst = new QueueFilter(BRAND, firstChannel, Sentiment.POSITIVE, null, null);
        for (InboxQuery way : List.of(InboxQueryWays.walkingTheQueue(named), InboxQueryWays.lookingUpByKey(named))) {
            assertThat(openIds(way, me, NEGATIVE, 0, 3)).containsExactly(BY_DUE.get(6));
            assertThat(openIds(way, me, COMPLAINTS, 0, 3)).containsExactly(BY_DUE.get(6));
            assertThat(openIds(way, me, positiveFirst, 3, 3)).containsExactlyElementsOf(BY_DUE.subList(3, 6));
            assertThat(openIds(way, me, ANSWERED, 0, 50)).isEmpty();
            assertThat(countUpTo(way, me, NEGATIVE, 1001)).isEqualTo(1);
            assertThat(countUpTo(way, me, positiveFirst, 1001)).isEqualTo(6);
            assertThat(countUpTo(way, me, positiveFirst, 4)).isEqualTo(4);
            assertThat(countUpTo(way, me, ANSWERED, 1001)).isZero();
            for (EngineRoomUser other : List.of(copywriter, outsider)) {
                QueueFilter anyBrand = new QueueFilter(null, secondChannel, Sentiment.NEGATIVE, null, null);
                assertThat(openIds(way, other, anyBrand, 0, 50)).isEmpty();
                assertThat(countUpTo(way, other, anyBrand, 1001)).isZero();
            }
        }
    }

    private static List<String> openIds(InboxQuery way, EngineRoomUser user, QueueFilter filter, int offset,
            int limit) {
        return way.openTasks(user.id(), user.groups(), user.brands(),
                new InboxFilter(filter.brandId(), InteractionIntake.SOP_KEY), InteractionQueue.RESPOND_TASK,
                InteractionQueue.keys(filter), offset, limit).stream()
                .map(task -> InteractionQueue.interactionId(task.businessKey())).toList();
    }

    private static long countUpTo(InboxQuery way, EngineRoomUser user, QueueFilter filter, int cap) {
        return way.countOpenTasksUpTo(user.id(), user.groups(), user.brands(),
                new InboxFilter(filter.brandId(), InteractionIntake.SOP_KEY), InteractionQueue.RESPOND_TASK,
                InteractionQueue.keys(filter), cap);
    }

    @Test
    void aKeyFilterTakesOnlyItsOwnParameterNames() {
        assertThatThrownBy(() -> new BusinessKeyFilter("interaction:", "select x.id from interaction x where x.a = :me",
                Map.of("me", "someone"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key_");
        assertThatThrownBy(() -> new BusinessKeyFilter("interaction:", "delete from interaction", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String arrive(long channelId, String text) {
        return intake.acceptAndStart(channelId, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, "@pager" + RUN, null, text, null, Instant.now(), null)))
                .entries().get(0).interactionId();
    }

    private static List<String> ids(List<QueueEntry> entries) {
        return entries.stream().map(entry -> entry.interaction().id()).toList();
    }

    private static String size() {
        return _get(Span.class, spec -> spec.withId("queue-size")).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<QueueEntry> entries() {
        Grid<QueueEntry> grid = _get(Grid.class, spec -> spec.withId("interaction-queue"));
        return GridKt._fetch(grid, 0, 1000);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(String id, Object value) {
        ComboBox box = _get(ComboBox.class, spec -> spec.withId(id));
        _setValue(box, value);
    }
}
