package io.engineroom.publishing.connector;

import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.OAuthApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The OAuth 2.0 authorization code flow with PKCE and the refresh grant, for the connectors of platforms that sign
 * in that way (X, LinkedIn, Meta), through Spring Security's OAuth 2.0 client: the authorization request with its
 * S256 challenge, the token requests (client authentication by HTTP Basic or in the form), and the token response.
 * Each request is made once; what the platform refused becomes an {@link AccountProblem} that says whether asking
 * again can help.
 */
public class OAuthTokens {

    /** What a token endpoint gave. {@code expiresAt} is null when the platform said no {@code expires_in}. */
    public record Grant(String accessToken, String refreshToken, Instant expiresAt, Set<String> scopes,
            Map<String, Object> additional) {

        @Override
        public String toString() {
            return "Grant[until " + expiresAt + " " + scopes + "]";
        }
    }

    /** Where to send the person, and the verifier to keep (server side) until the platform sends them back. */
    public record Authorization(URI uri, String codeVerifier) {

        @Override
        public String toString() {
            return "Authorization[" + uri + "]";
        }
    }

    private static final String EXPIRES_IN = "engineroom_expires_in";
    private static final String NO_EXPIRY = "engineroom_no_expiry";

    private final RestClientAuthorizationCodeTokenResponseClient codes = new RestClientAuthorizationCodeTokenResponseClient();
    private final RestClientRefreshTokenTokenResponseClient refreshes = new RestClientRefreshTokenTokenResponseClient();
    private final Clock clock;

    public OAuthTokens(Duration connectTimeout, Duration timeout, Clock clock) {
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build());
        requests.setReadTimeout(timeout);
        OAuth2AccessTokenResponseHttpMessageConverter tokens = new OAuth2AccessTokenResponseHttpMessageConverter();
        tokens.setAccessTokenResponseConverter(OAuthTokens::tokenResponse);
        RestClient client = RestClient.builder().requestFactory(requests)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(tokens);
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build();
        codes.setRestClient(client);
        refreshes.setRestClient(client);
    }

    /** The authorization request's address, with a fresh PKCE verifier when the app uses PKCE. */
    public Authorization authorization(OAuthApp app, URI redirectUri, String state) {
        OAuth2AuthorizationRequest.Builder builder = request(app, redirectUri, state);
        if (app.pkce()) {
            OAuth2AuthorizationRequestCustomizers.withPkce().accept(builder);
        }
        OAuth2AuthorizationRequest request = builder.build();
        return new Authorization(URI.create(request.getAuthorizationRequestUri()),
                request.getAttribute(PkceParameterNames.CODE_VERIFIER));
    }

    /** Exchanges the code the platform sent back for tokens. */
    public Grant exchange(OAuthApp app, String code, String codeVerifier, URI redirectUri) {
        OAuth2AuthorizationRequest.Builder request = request(app, redirectUri, "state");
        if (codeVerifier != null) {
            request.attributes(attributes -> attributes.put(PkceParameterNames.CODE_VERIFIER, codeVerifier));
        }
        OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success(code)
                .redirectUri(redirectUri.toString()).state("state").build();
        return call(() -> codes.getTokenResponse(new OAuth2AuthorizationCodeGrantRequest(registration(app,
                redirectUri), new OAuth2AuthorizationExchange(request.build(), response))), "the authorization code");
    }

    /** New tokens for a refresh token. */
    public Grant refresh(OAuthApp app, String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new AccountProblem("No refresh token: connect the channel again", true);
        }
        Instant now = clock.instant();
        OAuth2AccessToken expired = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "expired",
                now.minusSeconds(2), now.minusSeconds(1));
        return call(() -> refreshes.getTokenResponse(new OAuth2RefreshTokenGrantRequest(registration(app, null),
                expired, new OAuth2RefreshToken(refreshToken, null))), "the refresh token");
    }

    private Grant call(java.util.function.Supplier<OAuth2AccessTokenResponse> request, String what) {
        OAuth2AccessTokenResponse response;
        try {
            response = request.get();
        } catch (OAuth2AuthorizationException e) {
            throw problem(e, what);
        } catch (RuntimeException e) {
            throw new AccountProblem("The platform's token endpoint did not answer for " + what + ": " + e, false);
        }
        Map<String, Object> additional = new LinkedHashMap<>(response.getAdditionalParameters());
        Object expiresIn = additional.remove(EXPIRES_IN);
        boolean noExpiry = additional.remove(NO_EXPIRY) != null;
        Instant expiresAt = noExpiry ? null : clock.instant().plusSeconds(Long.parseLong(String.valueOf(expiresIn)));
        OAuth2RefreshToken refresh = response.getRefreshToken();
        return new Grant(response.getAccessToken().getTokenValue(), refresh == null ? null : refresh.getTokenValue(),
                expiresAt, new HashSet<>(response.getAccessToken().getScopes()), additional);
    }

    /**
     * A refusal that asking again cannot mend (the grant or the client is not accepted) versus trouble that may pass
     * (a server error, a rate limit, an unreadable answer).
     */
    private static AccountProblem problem(OAuth2AuthorizationException e, String what) {
        String code = e.getError().getErrorCode();
        Integer status = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestClientResponseException http) {
                status = http.getStatusCode().value();
            }
        }
        boolean refused = List.of("invalid_grant", "invalid_client", "unauthorized_client", "access_denied",
                "invalid_scope", "invalid_request").contains(code) || (status != null && (status == 401 || status == 403));
        String description = e.getError().getDescription();
        return new AccountProblem("The platform " + (refused ? "refused " : "did not take ") + what + " (" + code
                + (description == null || description.isBlank() ? "" : ": " + description)
                + (status == null ? "" : ", HTTP " + status) + ")", refused);
    }

    private static OAuth2AuthorizationRequest.Builder request(OAuthApp app, URI redirectUri, String state) {
        return OAuth2AuthorizationRequest.authorizationCode().authorizationUri(app.authorizeUri().toString())
                .clientId(app.clientId()).redirectUri(redirectUri.toString())
                .scopes(new java.util.LinkedHashSet<>(app.scopes())).state(state)
                .additionalParameters(new HashMap<>(app.authorizeParameters()));
    }

    private static ClientRegistration registration(OAuthApp app, URI redirectUri) {
        return ClientRegistration.withRegistrationId("platform").clientId(app.clientId())
                .clientSecret(app.clientSecret() == null ? "" : app.clientSecret())
                .clientAuthenticationMethod(app.clientSecret() == null || app.clientSecret().isBlank()
                        ? ClientAuthenticationMethod.NONE
                        : app.basicAuth() ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                                : ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri == null ? "http://localhost/unused" : redirectUri.toString())
                .authorizationUri(app.authorizeUri().toString()).tokenUri(app.tokenUri().toString())
                .scope(app.scopes()).build();
    }

    /**
     * The token response as Spring Security reads it, with two platform quirks mended: LinkedIn sends no
     * {@code token_type} (it is a bearer token), and a token without {@code expires_in} does not expire (Spring
     * would say it expires in one second).
     */
    private static OAuth2AccessTokenResponse tokenResponse(Map<String, Object> raw) {
        Map<String, Object> answer = new HashMap<>(raw);
        answer.putIfAbsent("token_type", "Bearer");
        if ("bearer".equalsIgnoreCase(String.valueOf(answer.get("token_type")))) {
            answer.put("token_type", "Bearer");
        }
        Object expiresIn = answer.get("expires_in");
        if (expiresIn == null || !String.valueOf(expiresIn).matches("\\d{1,12}")) {
            answer.put(NO_EXPIRY, true);
            answer.remove("expires_in");
        } else {
            answer.put(EXPIRES_IN, String.valueOf(expiresIn));
        }
        return new DefaultMapOAuth2AccessTokenResponseConverter().convert(answer);
    }
}
