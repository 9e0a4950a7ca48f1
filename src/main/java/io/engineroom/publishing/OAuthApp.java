package io.engineroom.publishing;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The team's app on a platform, as an OAuth 2.0 authorization code flow needs it.
 *
 * @param pkce whether the platform asks for PKCE (S256): X does; it is sent wherever the platform accepts it
 * @param basicAuth whether the client authenticates at the token endpoint with HTTP Basic (X for confidential
 *                  clients) rather than with the client id and secret in the form (LinkedIn, Meta)
 * @param authorizeParameters extra parameters of the authorization request (Meta's {@code config_id})
 */
public record OAuthApp(String clientId, String clientSecret, URI authorizeUri, URI tokenUri, List<String> scopes,
        boolean pkce, boolean basicAuth, Map<String, String> authorizeParameters) {

    public OAuthApp {
        if (clientId == null || clientId.isBlank() || authorizeUri == null || tokenUri == null) {
            throw new IllegalArgumentException("An OAuth app needs a client id, an authorize and a token address");
        }
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        authorizeParameters = authorizeParameters == null ? Map.of() : Map.copyOf(authorizeParameters);
    }

    @Override
    public String toString() {
        return "OAuthApp[" + clientId + " " + authorizeUri + "]";
    }
}
