package io.engineroom.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.notification.NoticeDelivery;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * My notices, newest first: what happened, where to act, when each was sent, shown, e-mailed and acknowledged.
 * Opening the screen is what shows them to me, so it records their in-app delivery time.
 */
@Route("notifications")
@PageTitle("Notifications · Engine Room")
@Menu(title = "Notifications", order = 30)
@PermitAll
public class NotificationsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Notifications notifications;
    final Grid<NoticeSummary> grid = new Grid<>();

    public NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        setSizeFull();
        grid.setId("notices");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(NotificationsView::notice).setHeader("Notice").setKey("notice").setFlexGrow(1)
                .setWidth("16rem");
        grid.addColumn(notice -> time(notice.createdAt())).setHeader("Sent").setKey("sent").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(notice -> time(notice.shownAt())).setHeader("Shown").setKey("shown").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(NotificationsView::email).setHeader("E-mail").setKey("email").setWidth("12rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader("").setKey("state").setWidth("13rem").setFlexGrow(0);
        RouterLink preferences = new RouterLink("How I hear of notices", NotificationPreferencesView.class);
        preferences.setId("notifications-preferences");
        add(new H2("Notifications"), preferences, grid);
        expand(grid);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
    }

    /** Lists my notices; those not shown before are shown now. */
    void refresh() {
        List<NoticeSummary> mine = notifications.mine();
        List<Long> unseen = mine.stream().filter(notice -> notice.shownAt() == null).map(NoticeSummary::id).toList();
        if (!unseen.isEmpty()) {
            notifications.markShown(unseen);
            mine = notifications.mine();
        }
        grid.setItems(mine);
    }

    private static Div notice(NoticeSummary notice) {
        Span subject = new Span(notice.subject());
        subject.addClassName("er-strong");
        Div body = new Div(notice.body());
        body.addClassName("er-notice__body");
        Div cell = new Div(new Div(subject), body);
        if (notice.link() != null) {
            Anchor open = new Anchor(notice.link(), "Open");
            open.getElement().setAttribute("router-link", true); // navigates inside the app, no page reload
            cell.add(new Div(open));
        }
        return cell;
    }

    private Div state(NoticeSummary notice) {
        if (notice.acknowledgedAt() != null) {
            return new Div("Acknowledged " + time(notice.acknowledgedAt()));
        }
        if (notice.withdrawnAt() != null) {
            return new Div("Passed on " + time(notice.withdrawnAt()) + ": " + notice.withdrawnReason());
        }
        Button acknowledge = new Button("Acknowledge", click -> acknowledge(notice));
        acknowledge.setId("acknowledge-" + notice.id());
        acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return new Div(acknowledge);
    }

    private void acknowledge(NoticeSummary notice) {
        try {
            notifications.acknowledge(notice.id());
        } catch (InvalidInput | AccessDeniedException e) {
            Notices.error(e.getMessage());
        }
        refresh();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new NoticesChanged(ui)));
    }

    private static String email(NoticeSummary notice) {
        if (notice.emailedAt() != null) {
            return "sent " + time(notice.emailedAt());
        }
        // as the person chose (notification preferences): no e-mail of its own is coming
        if (notice.delivery() == NoticeDelivery.DIGEST) {
            return "in the daily digest";
        }
        if (notice.delivery() == NoticeDelivery.IN_APP) {
            return "not e-mailed (in-app only)";
        }
        return notice.emailProblem() == null ? "sending…" : notice.emailProblem();
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
