package io.engineroom.inbox;

import java.util.Locale;

/** What a person does to an interaction on its channel instead of answering it. */
public enum Moderation {
    HIDE, DELETE, SPAM;

    /** The value the SOP's {@code moderation} variable carries. */
    public String variable() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Moderation ofVariable(Object value) {
        for (Moderation moderation : values()) {
            if (moderation.variable().equals(value)) {
                return moderation;
            }
        }
        throw new IllegalArgumentException("Unknown moderation '" + value + "': hide, delete or spam");
    }
}
