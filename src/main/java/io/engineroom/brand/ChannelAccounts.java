package io.engineroom.brand;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Connecting a brand's channels to their platform accounts from the Channels screen (Bluesky sign-in, OAuth 2.0 for
 * X, LinkedIn, Facebook and Instagram) and testing them. The brand module owns the screen but not the connectors, so
 * the publishing module implements this, as it does {@link ChannelChecks}; the screen offers it when the bean
 * exists. Every method checks that the signed-in person may manage the brand's channels.
 */
public interface ChannelAccounts {

    /** How each platform account connector can be connected here now, in the order the screen shows them. */
    List<AccountWay> ways();

    /**
     * Starts the OAuth 2.0 authorization code flow: remembers who asked for which brand (10 minutes, once) and
     * returns the platform's authorize address to send the browser to.
     */
    default URI startConnection(String brandId, Connector connector, boolean mainChannel) {
        return startConnection(brandId, connector, mainChannel, null);
    }

    /**
     * Like {@link #startConnection(String, Connector, boolean)}, for an account that manages several pages: the
     * page to connect (its id on the platform), or null to take the only one.
     */
    URI startConnection(String brandId, Connector connector, boolean mainChannel, String page);

    /** Whether the platform's accounts may manage several pages, so the person may name the one to connect. */
    static boolean choosesPage(Connector connector) {
        return connector == Connector.FACEBOOK || connector == Connector.INSTAGRAM || connector == Connector.LINKEDIN;
    }

    /**
     * Signs in with the platform's own scheme (Bluesky: handle or e-mail and an app password, at the account's
     * service or the configured one). The password is handed to the platform once and kept nowhere.
     *
     * @throws io.engineroom.base.InvalidInput for missing fields and for what the platform refused, by field
     */
    ChannelSummary signIn(String brandId, Connector connector, String identifier, String password,
            String serviceUrl, boolean mainChannel);

    /** The service a sign-in goes to when the person names none (the configured Bluesky address). */
    String defaultServiceUrl(Connector connector);

    /** "Test connection": the account as the platform describes it now, or why it could not be read. */
    AccountTest test(long channelId);

    /** What came of an OAuth connection the signed-in person started (the callback's landing), if it was theirs. */
    Optional<Outcome> outcome(String connection);

    /**
     * One platform's way to connect.
     *
     * @param hint for {@link Way#NOT_SET_UP} and {@link Way#UNAVAILABLE}: what an administrator must do first
     */
    record AccountWay(Connector connector, String label, Way way, String hint) {
    }

    enum Way {
        /** A dialog asks for the account's sign-in (Bluesky). */
        SIGN_IN,
        /** The browser goes to the platform, which asks the person to allow Engine Room. */
        OAUTH,
        /** The team has not registered its app on the platform: the hint names the settings. */
        NOT_SET_UP,
        /** This build has no connector for the platform. */
        UNAVAILABLE
    }

    record AccountTest(boolean ok, String text) {
    }

    /** @param channelId the channel connected, null when nothing was */
    record Outcome(String brandId, Long channelId, String message) {

        public boolean connected() {
            return channelId != null;
        }
    }

    /** Why a platform's callback was refused before anything was asked of the platform: fixed sentences. */
    enum Refusal {
        UNKNOWN("This connection was not started here, or its link is incomplete: start it again from Channels."),
        USED("This connection was finished already: start a new one to connect again."),
        EXPIRED("The connection took longer than 10 minutes: start it again."),
        OTHER_PERSON("Someone else started this connection: only they can finish it. Start your own."),
        NOT_ALLOWED("You may not manage this brand's channels (any more): nothing was connected.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Optional<Refusal> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(refusal -> refusal.code().equals(code)).findFirst();
        }
    }
}
