package io.engineroom.identity.sso;

import io.engineroom.identity.EngineRoomUser;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has checked the ID token (signature, issuer, audience, nonce) and read the user info, makes
 * the person an Engine Room user ({@link SingleSignOnAccounts}), with their roles as {@code ROLE_} authorities like
 * a password sign-in. A refusal becomes an OAuth2 error, which sends the browser back to the login page with it.
 */
class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnAccounts accounts;

    SingleSignOnUsers(SingleSignOnAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        EngineRoomUser person;
        try {
            person = accounts.signIn(vouched.getIssuer().toString(), vouched.getSubject(), vouched.getClaims());
        } catch (SignInRefused refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED,
                    refused.getMessage(), null), refused.getMessage());
        }
        List<SimpleGrantedAuthority> authorities = person.groups().stream()
                .map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList();
        return new SingleSignOnUser(person, authorities, vouched.getIdToken(), vouched.getUserInfo());
    }
}
