package io.engineroom.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import io.engineroom.notification.Notifications;
import java.util.List;

/**
 * The header's bell: how many of my notices are open, recounted every few seconds (the UI polls while the bell is
 * on screen), and the way to the Notifications screen.
 */
class NotificationBell extends Button {

    static final int POLL_MILLIS = 10_000;

    private final Notifications notifications;
    final Span count = new Span();
    private Registration pollListener;
    private Registration changeListener;

    NotificationBell(Notifications notifications) {
        super(VaadinIcon.BELL.create());
        this.notifications = notifications;
        setId("notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("notification-count");
        count.getElement().getThemeList().addAll(List.of("badge", "error", "pill", "small"));
        setSuffixComponent(count);
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        pollListener = ui.addPollListener(poll -> refresh());
        changeListener = ComponentUtil.addListener(ui, NoticesChanged.class, change -> refresh());
        ui.setPollInterval(POLL_MILLIS);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        pollListener.remove();
        changeListener.remove();
        detach.getUI().setPollInterval(-1);
    }

    void refresh() {
        long open = notifications.unacknowledgedCount();
        count.setText(String.valueOf(open));
        count.setVisible(open > 0);
        getElement().setAttribute("aria-label", "Notifications: " + open + " open");
        setTooltipText(open == 0 ? "No open notifications" : open + " open notification" + (open == 1 ? "" : "s"));
    }
}
