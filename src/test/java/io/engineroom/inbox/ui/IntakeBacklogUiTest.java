package io.engineroom.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.HeldQueueRows;
import io.engineroom.inbox.IntakeBacklog;
import io.engineroom.inbox.IntakeBacklog.ChannelLine;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.UiSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The admins' Intake backlog screen: a channel's rows waiting in the intake queue and how long the oldest has
 * waited, its bound, which an admin sets (recorded as an admin change); nobody else opens the screen or reads or
 * sets the backlog through the service.
 */
@EngineRoomIntegrationTest
class IntakeBacklogUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeBacklog backlog;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    UiSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSeesAChannelsBacklogAndItsAgeAndSetsItsBound() throws Exception {
        String brand = "qui-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Queue Screen Test", false));
        long channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@qui@social.example", true))
                .id();
        try (HeldQueueRows rows = HeldQueueRows.seed(dataSource, brand, channel, 4,
                clock.instant().minusSeconds(300))) {
            session = UiSession.signIn(context, users, "admin");
            UI.getCurrent().navigate(IntakeBacklogView.class);
            Grid<ChannelLine> grid = _get(Grid.class, spec -> spec.withId("intake-backlog"));
            int row = rowOf(grid, channel);

            List<String> shown = GridKt._getFormattedRow(grid, row);
            assertThat(shown).containsSubsequence(brand, "Mastodon @qui@social.example",
                    Integer.toString(rows.held()));
            assertThat(GridKt._getFormatted(grid, row, "age")).isEqualTo("5 min");
            assertThat(GridKt._getFormatted(grid, row, "bound")).isEqualTo("50,000 (default)");
            assertThat(_get(Span.class, spec -> spec.withId("intake-backlog-total")).getText())
                    .contains("waiting in all, the oldest for");

            grid.select(grid.getListDataView().getItem(row));
            _get(IntegerField.class, spec -> spec.withId("intake-backlog-bound")).setValue(rows.held());
            _click(_get(Button.class, spec -> spec.withId("intake-backlog-set-bound")));

            row = rowOf(grid, channel);
            assertThat(GridKt._getFormatted(grid, row, "bound")).isEqualTo(rows.held() + " · refusing");
            assertThat(backlog.refusal(channel)).isPresent();
        }
        List<Map<String, Object>> changes = jdbc.queryForList("select c.action, c.actor, v.value_before, "
                + "v.value_after from admin_change c join admin_change_value v on v.change_id = c.id "
                + "where c.brand_id = ? and c.area = 'channel' and v.field = 'Intake backlog bound'", brand);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change).containsEntry("action", "intake backlog bound changed").containsEntry("actor", "admin")
                    .containsEntry("value_before", "50,000 (the default)");
            assertThat(change.get("value_after")).isEqualTo("4");
        });
    }

    @Test
    void onlyAdminsOpenTheScreen() {
        assertThat(IntakeBacklogView.class.getAnnotation(RolesAllowed.class).value()).containsExactly("admin");
        session = UiSession.signIn(context, users, "social-manager");

        try {
            UI.getCurrent().navigate(IntakeBacklogView.class);
        } catch (RuntimeException | AssertionError refused) {
            // Karibu's access-denied page reports the refusal by throwing, now or when the page is next looked at
            assertThat(refused).hasStackTraceContaining("AccessDeniedException");
        }

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(IntakeBacklogView.class::isInstance);
    }

    @Test
    void nobodyButAnAdminReadsTheBacklogOrSetsABound() {
        long channel = channels.of("beanleaf").get(0).id();
        try (SignedIn manager = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> backlog.channels()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backlog.channelsOf("beanleaf")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backlog.brands()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backlog.total()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backlog.bound(channel, 1)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from intake_backlog_bound where channel_id = ?", Long.class,
                channel)).isZero();
    }

    private static int rowOf(Grid<ChannelLine> grid, long channel) {
        List<Long> ids = grid.getListDataView().getItems().map(line -> line.channel().id()).toList();
        assertThat(ids).contains(channel);
        return ids.indexOf(channel);
    }
}
