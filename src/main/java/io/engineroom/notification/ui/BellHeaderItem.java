package io.engineroom.notification.ui;

import com.vaadin.flow.component.Component;
import io.engineroom.base.HeaderItem;
import io.engineroom.notification.Notifications;

/** Puts the notification bell into the header of every screen. */
@org.springframework.stereotype.Component
class BellHeaderItem implements HeaderItem {

    private final Notifications notifications;

    BellHeaderItem(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications);
    }
}
