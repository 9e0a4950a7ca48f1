package io.engineroom.inbox;

import io.engineroom.publishing.ModerationAction;
import java.util.List;
import java.util.Locale;

/**
 * What a person does to an interaction on its channel instead of answering it, and what Engine Room asks the
 * platform for. Spam is hidden where the platform can hide a comment (reversible, and the author is not told), else
 * deleted where it can delete one (LinkedIn lets a page delete comments on its posts but not hide them); where it
 * can do neither, a person does it by hand.
 */
public enum Moderation {
    HIDE(ModerationAction.HIDE),
    DELETE(ModerationAction.DELETE),
    SPAM(ModerationAction.HIDE, ModerationAction.DELETE),
    BLOCK(ModerationAction.BLOCK),
    MUTE(ModerationAction.MUTE);

    private final List<ModerationAction> actions;

    Moderation(ModerationAction... actions) {
        this.actions = List.of(actions);
    }

    /** The platform actions to try in order: the next only when the platform cannot do the one before. */
    public List<ModerationAction> actions() {
        return actions;
    }

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
        throw new IllegalArgumentException("Unknown moderation '" + value + "': hide, delete, spam, block or mute");
    }
}
