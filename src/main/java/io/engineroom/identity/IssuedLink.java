package io.engineroom.identity;

import java.time.Instant;

/**
 * A one-time link just issued: the only moment its token exists outside the person's mail, so the screen shows it
 * once to be copied and forgets it.
 *
 * @param url     the whole link, under {@code engineroom.mail.app-url}
 * @param emailed whether it was handed to the mail server as well (after the change commits)
 */
public record IssuedLink(String userId, LinkPurpose purpose, String url, Instant expiresAt, boolean emailed) {

    @Override
    public String toString() {
        return "IssuedLink[userId=" + userId + ", purpose=" + purpose + ", url=***]"; // never in a log
    }
}
