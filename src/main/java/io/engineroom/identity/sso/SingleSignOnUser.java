package io.engineroom.identity.sso;

import io.engineroom.identity.EngineRoomUser;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The provider's person with the Engine Room user they were signed in as: what the login step hands on, until
 * {@link SignedInAsEngineRoomUser} puts the Engine Room user alone in the session.
 */
class SingleSignOnUser extends DefaultOidcUser {

    private final EngineRoomUser person;

    SingleSignOnUser(EngineRoomUser person, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.person = person;
    }

    EngineRoomUser person() {
        return person;
    }

    @Override
    public String getName() {
        return person.id();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SingleSignOnUser user && super.equals(other) && person.equals(user.person);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + person.hashCode();
    }
}
