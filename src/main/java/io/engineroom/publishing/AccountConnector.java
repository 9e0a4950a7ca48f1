package io.engineroom.publishing;

import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import java.net.URI;
import java.util.Optional;

/**
 * Signs a channel in to its platform account and keeps it signed in: a connector for a platform where Engine Room
 * holds the account's tokens (Bluesky, X, LinkedIn, Facebook, Instagram) implements this beside
 * {@link PublishingConnector}. Every method makes its calls once and throws {@link AccountProblem} for what the
 * platform refused or did not answer.
 */
public interface AccountConnector {

    Connector type();

    /**
     * How a person allows Engine Room to act for an account: the OAuth 2.0 authorization code flow with this app, or
     * empty where the platform signs in otherwise ({@link #signIn}).
     */
    Optional<OAuthApp> oauth();

    /**
     * The tokens for an authorization code the platform sent back (with the PKCE verifier where the app uses PKCE),
     * and the account they act for (read with them: a Facebook or Instagram connector picks the page here).
     *
     * @param account the account chosen among several the person may manage (a page id), or null for the only one
     */
    default AccountTokens exchange(String code, String codeVerifier, URI redirectUri, String account) {
        throw new AccountProblem(type() + " does not connect with OAuth", true);
    }

    /** Signs in with the platform's own scheme (Bluesky: a handle or e-mail and an app password). */
    default AccountTokens signIn(String identifier, String password, String serviceUrl) {
        throw new AccountProblem(type() + " does not sign in with a password", true);
    }

    /**
     * New tokens for the channel's account before its access token expires. {@link AccountProblem#refused()} when
     * the platform will not refresh it any more: a person must connect the channel again.
     */
    AccountTokens refresh(ChannelConnection channel);

    /** The account the channel acts for, read from the platform now: "Test connection". */
    AccountCheck account(ChannelConnection channel);
}
