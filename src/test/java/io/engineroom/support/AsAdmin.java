package io.engineroom.support;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Roles;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a test's set-up step as an administrator (adding channels is an admin's or a social manager's work, checked
 * by the service), then puts back whoever was signed in before, so a test signed in as someone else stays so.
 */
public final class AsAdmin {

    private static final EngineRoomUser ADMIN = new EngineRoomUser("admin", "Administrator", Set.of(Roles.ADMIN),
            Set.of());

    private AsAdmin() {
    }

    public static <T> T call(Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ADMIN,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
