package io.engineroom.demo.platforms;

import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.Connector;
import java.util.Arrays;
import java.util.Optional;

/**
 * The demo's accounts on the platforms' stand-ins: which account each stand-in answers as, and the one access token
 * it takes for it. The demo's channels are connected with these tokens, so the real connectors sign their calls as
 * they would on the platform, and a stand-in refuses any other token with the platform's own 401.
 */
public enum DemoAccount {
    NORTHWIND_BLUESKY(Connector.BLUESKY, "did:plc:northwinddemo000000000000", "northwindbank.bsky.social",
            "Northwind Bank", "bluesky"),
    NORTHWIND_LINKEDIN(Connector.LINKEDIN, "urn:li:organization:90210001", "Northwind Bank", "Northwind Bank",
            "linkedin"),
    NORTHWIND_X(Connector.X, "1790000000000000001", "@northwindbank", "Northwind Bank", "x"),
    BEANLEAF_INSTAGRAM(Connector.INSTAGRAM, "17841400000000001", "@beanleafcoffee", "Bean & Leaf Coffee", "meta"),
    BEANLEAF_MASTODON(Connector.MASTODON, "109000000000000001", "@beanleaf@coffee.social", "Bean & Leaf Coffee",
            "mastodon");

    private final Connector connector;
    private final String accountId;
    private final String handle;
    private final String displayName;
    private final String standIn;

    DemoAccount(Connector connector, String accountId, String handle, String displayName, String standIn) {
        this.connector = connector;
        this.accountId = accountId;
        this.handle = handle;
        this.displayName = displayName;
        this.standIn = standIn;
    }

    public Connector connector() {
        return connector;
    }

    public String accountId() {
        return accountId;
    }

    public String handle() {
        return handle;
    }

    public String displayName() {
        return displayName;
    }

    /** The access token the stand-in takes for this account (a demo value: it opens nothing real). */
    public String accessToken() {
        return "demo-token-" + name().toLowerCase().replace('_', '-');
    }

    /** The stand-in's API address under the app's demo platforms address, as the channel stores it. */
    public String apiUrl(String demoPlatformsUrl) {
        return demoPlatformsUrl + "/" + standIn;
    }

    /** What connecting the account would have given: no refresh token and no expiry, so nothing to refresh. */
    public AccountTokens tokens(String demoPlatformsUrl) {
        return new AccountTokens(accountId, handle, apiUrl(demoPlatformsUrl), accessToken(), null, null);
    }

    /**
     * The account an {@code Authorization} header (Bearer, or Bluesky's and Meta's token in a parameter) signs as,
     * on the given connector's stand-in; empty for an unknown or missing token.
     */
    public static Optional<DemoAccount> signedIn(Connector connector, String authorizationOrToken) {
        if (authorizationOrToken == null) {
            return Optional.empty();
        }
        String token = authorizationOrToken.startsWith("Bearer ") ? authorizationOrToken.substring(7).strip()
                : authorizationOrToken.strip();
        return Arrays.stream(values()).filter(account -> account.connector == connector)
                .filter(account -> account.accessToken().equals(token)).findFirst();
    }
}
