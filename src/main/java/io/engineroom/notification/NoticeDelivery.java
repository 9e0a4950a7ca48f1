package io.engineroom.notification;

/** How a person hears of a kind of notice besides the bell, which shows every notice at once. */
public enum NoticeDelivery {

    /** E-mailed as soon as it is written (within the brand's business hours unless on call or a crisis). */
    IMMEDIATE("At once by e-mail"),
    /** Collected into one e-mail at 08:00 in the person's time zone. */
    DIGEST("In the daily digest"),
    /** Only the bell and the Notifications screen. */
    IN_APP("In Engine Room only");

    private final String label;

    NoticeDelivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
