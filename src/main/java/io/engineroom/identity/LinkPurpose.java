package io.engineroom.identity;

import java.time.Duration;

/**
 * What a one-time link is for, where it opens and how long it stays open. An invitation waits a week for someone
 * to get round to it; a reset is asked for by someone waiting to sign in, and a day limits what a forwarded or
 * leaked mail is worth.
 */
public enum LinkPurpose {
    INVITATION("invitation", Duration.ofDays(7)),
    PASSWORD_RESET("password-reset", Duration.ofDays(1));

    private final String route;
    private final Duration validFor;

    LinkPurpose(String route, Duration validFor) {
        this.route = route;
        this.validFor = validFor;
    }

    /** The anonymous page's route, also the value stored in {@code account_link.purpose}. */
    public String route() {
        return route;
    }

    public Duration validFor() {
        return validFor;
    }

    static LinkPurpose ofRoute(String route) {
        for (LinkPurpose purpose : values()) {
            if (purpose.route.equals(route)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("No link purpose " + route);
    }
}
