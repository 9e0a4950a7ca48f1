package io.engineroom.support;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a test's setup as an admin (creating or configuring a brand is an admin's work, checked by the service), then
 * puts back whoever was signed in before, so a test signed in as someone else stays so.
 */
public final class AsAdmin {

    private static final EngineRoomUser ADMIN = new EngineRoomUser("admin", "Administrator",
            Set.of(Role.ADMIN.groupId()), Set.of());

    private AsAdmin() {
    }

    public static <T> T call(Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ADMIN,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.groupId()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
