package io.engineroom.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way screens tell a person what happened, so every success, refusal and hint looks and lasts the same
 * on every screen: a success or a hint shows briefly at the bottom, an error stays longer in the middle where it
 * is not missed.
 */
public final class Notices {

    /** How long a success or a hint stays, in milliseconds. */
    public static final int SHORT_MILLIS = 3000;
    /** How long an error stays, in milliseconds: long enough to read a sentence of why. */
    public static final int LONG_MILLIS = 5000;

    private Notices() {
    }

    /** Something was done as asked. */
    public static Notification success(String text) {
        return show(text, SHORT_MILLIS, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);
    }

    /** Something was refused or failed; nothing (more) was done. */
    public static Notification error(String text) {
        return show(text, LONG_MILLIS, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR);
    }

    /** Something worth knowing that is neither a success nor a refusal. */
    public static Notification info(String text) {
        return show(text, SHORT_MILLIS, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_CONTRAST);
    }

    private static Notification show(String text, int millis, Notification.Position position,
            NotificationVariant variant) {
        Notification notification = Notification.show(text, millis, position);
        notification.addThemeVariants(variant);
        return notification;
    }
}
