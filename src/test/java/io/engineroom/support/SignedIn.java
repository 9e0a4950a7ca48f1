package io.engineroom.support;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.UserDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a user in for service calls made by a test, as the login would; close() signs out. */
public final class SignedIn implements AutoCloseable {

    private SignedIn() {
    }

    public static SignedIn as(UserDirectory users, String userId) {
        EngineRoomUser user = users.load(userId).orElseThrow(() -> new IllegalArgumentException("No user " + userId));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.groups().stream().map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList()));
        return new SignedIn();
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
    }
}
