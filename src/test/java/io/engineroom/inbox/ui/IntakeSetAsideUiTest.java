package io.engineroom.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IntakeBacklog.ChannelLine;
import io.engineroom.inbox.IntakeSetAside.SetAsideInteraction;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows set aside on the admins' Intake backlog screen: with a channel selected, its rows set aside and their
 * errors; "Try again" (one row, or all of the channel's) puts them back in the queue, "Discard…" asks for a
 * confirmation with a reason and takes the row out, each an admin change. A discard without a reason, or cancelled,
 * changes nothing; nobody but an admin opens the screen.
 */
@EngineRoomIntegrationTest
class IntakeSetAsideUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    UiSession session;
    String brand;
    long channel;

    @BeforeEach
    void aChannelWithRowsSetAside() {
        brand = "asui-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Set Aside Screen Test", false));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@asui@social.example", true)).id();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
        // the shared context runs no workers: what is queued again here is left to nobody
        jdbc.update("delete from intake_queue where channel_id = ?", channel);
    }

    @Test
    void anAdminTriesOneRowAgainAndDiscardsAnotherWithAReason() {
        String again = setAside("ui-again", "CLASSIFY: java.lang.IllegalStateException: the classifier was away");
        String poison = setAside("ui-poison", "CLASSIFY: java.lang.StackOverflowError");
        Grid<SetAsideInteraction> rows = openOnTheChannel();
        assertThat(rows.getListDataView().getItems().map(SetAsideInteraction::interactionId))
                .containsExactlyInAnyOrder(again, poison);
        assertThat(GridKt._getFormatted(rows, rowOf(rows, again), "error")).contains("the classifier was away");

        _click(action(rows, again, "intake-try-again-"));

        assertThat(parked(again)).as("queued again").isFalse();
        assertThat(rows.getListDataView().getItems().map(SetAsideInteraction::interactionId))
                .containsExactly(poison);

        _click(action(rows, poison, "intake-discard-"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("intake-discard-confirm"));
        _get(TextArea.class, spec -> spec.withId("intake-discard-reason"))
                .setValue("A message the classifier cannot read");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(jdbc.queryForObject("select count(*) from intake_queue where interaction_id = ?", Integer.class,
                poison)).isZero();
        assertThat(rows.getListDataView().getItems()).isEmpty();
        assertThat(jdbc.queryForList("select c.action, v.value_after from admin_change c join admin_change_value v"
                + " on v.change_id = c.id where c.brand_id = ? and v.field = 'Reason'", brand)).singleElement()
                .satisfies(change -> assertThat(change).containsEntry("action", "intake interaction discarded")
                        .containsEntry("value_after", "A message the classifier cannot read"));
    }

    @Test
    void anAdminTriesAllOfAChannelsRowsAgain() {
        String first = setAside("ui-all-1", "START: boom");
        String second = setAside("ui-all-2", "START: boom");
        Grid<SetAsideInteraction> rows = openOnTheChannel();

        _click(_get(Button.class, spec -> spec.withId("intake-set-aside-try-all")));

        assertThat(parked(first)).isFalse();
        assertThat(parked(second)).isFalse();
        assertThat(rows.getListDataView().getItems()).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("intake-set-aside-try-all")).isEnabled()).isFalse();
        NotificationsKt.expectNotifications("Mastodon @asui@social.example: 2 queued again");
    }

    @Test
    void aDiscardWithoutAReasonOrCancelledChangesNothing() {
        String id = setAside("ui-kept", "CLASSIFY: boom");
        Grid<SetAsideInteraction> rows = openOnTheChannel();

        _click(action(rows, id, "intake-discard-"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("intake-discard-confirm")));
        _click(action(rows, id, "intake-discard-"));
        _get(TextArea.class, spec -> spec.withId("intake-discard-reason")).setValue("changed my mind");
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("intake-discard-confirm")));

        assertThat(parked(id)).isTrue();
        assertThat(rows.getListDataView().getItems().map(SetAsideInteraction::interactionId)).containsExactly(id);
        assertThat(jdbc.queryForObject("select count(*) from admin_change where brand_id = ? and action like"
                + " 'intake interaction%'", Integer.class, brand)).isZero();
    }

    @Test
    void neitherABrandManagerNorACommunityManagerOpensTheScreen() {
        for (String user : List.of("social-manager", "community-manager")) {
            session = UiSession.signIn(context, users, user);
            try {
                UI.getCurrent().navigate(IntakeBacklogView.class);
            } catch (RuntimeException | AssertionError refused) {
                // Karibu's access-denied page reports the refusal by throwing, now or when the page is next looked at
                assertThat(refused).hasStackTraceContaining("AccessDeniedException");
            }
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(user)
                    .noneMatch(IntakeBacklogView.class::isInstance);
            session.close();
            session = null;
        }
    }

    /** Signs the admin in, opens the screen and selects the test's channel: its rows set aside are shown. */
    @SuppressWarnings("unchecked")
    private Grid<SetAsideInteraction> openOnTheChannel() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(IntakeBacklogView.class);
        Grid<ChannelLine> lines = _get(Grid.class, spec -> spec.withId("intake-backlog"));
        lines.select(lines.getListDataView().getItems().filter(line -> line.channel().id() == channel).findFirst()
                .orElseThrow());
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("intake-set-aside-section")).isVisible()).isTrue();
        return _get(Grid.class, spec -> spec.withId("intake-set-aside"));
    }

    private static Button action(Grid<SetAsideInteraction> rows, String interactionId, String idPrefix) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(rows, rowOf(rows, interactionId),
                "actions");
        return actions.getChildren().filter(child -> child.getId().orElse("").equals(idPrefix + interactionId))
                .map(Button.class::cast).findFirst().orElseThrow();
    }

    private static int rowOf(Grid<SetAsideInteraction> rows, String interactionId) {
        List<String> ids = rows.getListDataView().getItems().map(SetAsideInteraction::interactionId).toList();
        assertThat(ids).contains(interactionId);
        return ids.indexOf(interactionId);
    }

    /** A queue row of the channel as the workers leave it after its third failure; its interaction id. */
    private String setAside(String externalId, String error) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into intake_queue (interaction_id, brand_id, channel_id, external_id, kind, author_handle,"
                + " text, priority, occurred_at, received_at, attempts, last_error, parked_at) values (?, ?, ?, ?,"
                + " 'COMMENT', '@eve', 'Set aside in the queue', 'NORMAL', ?, ?, 3, ?, ?)", id, brand, channel,
                externalId, now, now, error, now);
        return id;
    }

    private boolean parked(String interactionId) {
        Map<String, Object> row = jdbc.queryForMap("select parked_at from intake_queue where interaction_id = ?",
                interactionId);
        return row.get("parked_at") != null;
    }
}
