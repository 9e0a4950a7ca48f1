package io.engineroom.brand;

import java.time.Instant;

/**
 * What a platform gave Engine Room to act as one of its accounts: after connecting (OAuth code exchange, Bluesky
 * sign-in) or a refresh. The connector that got them says what they mean; the brand module only keeps them.
 *
 * @param accountId the platform's id of the account (a DID, a user id, an organisation URN, a page id)
 * @param handle how people know the account (@name, the page's name); null on a refresh, which keeps the old one
 * @param baseUrl the API address to use from now on (a Bluesky account's own PDS); null keeps the channel's
 * @param refreshToken null when the platform gives none (a Facebook page token, which does not expire), or on a
 *                     refresh that keeps the old one
 * @param expiresAt when the access token stops working; null when it does not expire
 */
public record AccountTokens(String accountId, String handle, String baseUrl, String accessToken, String refreshToken,
        Instant expiresAt) {

    public AccountTokens {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("A platform account needs an access token");
        }
    }

    @Override
    public String toString() {
        return "AccountTokens[" + accountId + " " + handle + (baseUrl == null ? "" : " " + baseUrl)
                + (expiresAt == null ? "" : " until " + expiresAt) + "]";
    }
}
