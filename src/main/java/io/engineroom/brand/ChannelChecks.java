package io.engineroom.brand;

/**
 * Trying a channel's connection from the Channels screen, before or after it is saved. The brand module owns the
 * screen but not the connectors, so the module that talks to the platforms (publishing) implements this; the
 * screen offers the checks only when such a bean exists.
 */
public interface ChannelChecks {

    /**
     * Reads the account the access token belongs to ({@code GET /api/v1/accounts/verify_credentials}) from a
     * Mastodon server. Never throws for remote trouble: the answer says what went wrong.
     */
    MastodonAccountCheck mastodonAccount(String baseUrl, String accessToken);

    /** The same check for a saved Mastodon channel, with its stored address and token. Only for its managers. */
    MastodonAccountCheck mastodonAccount(long channelId);

    /**
     * Sends a signed test event to a webhook channel, exactly as a post would be signed, and returns the answer.
     * Only for those who may manage the channel's brand.
     */
    TestEventAnswer sendTestEvent(long channelId);

    /**
     * The account the token reads, or why it could not be read.
     *
     * @param problemField the form field the problem belongs to ("baseUrl" or "accessToken"), when there is one
     */
    record MastodonAccountCheck(String displayName, String acct, String avatarUrl, Long followers,
            String problemField, String problem) {

        public static MastodonAccountCheck failed(String problemField, String problem) {
            return new MastodonAccountCheck(null, null, null, null, problemField, problem);
        }

        /** The account in one line: "Bean & Leaf (@beanleaf), 1200 followers". */
        public String describe() {
            return (displayName == null || displayName.isBlank() ? "" : displayName + " ") + "(@" + acct + ")"
                    + (followers == null ? "" : ", " + followers + " followers");
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** What the webhook answered (status and the start of its body), or why nothing was answered. */
    record TestEventAnswer(Integer status, String body, String problem) {

        public boolean ok() {
            return status != null && status / 100 == 2;
        }
    }
}
