package io.engineroom.demo;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo sets itself up the way a team would: as its administrator, through the services the administration
 * screens use, so their checks (who may create a brand, issue a credential, add a person) apply to it too.
 */
final class DemoAdmin {

    static final String ID = "admin";

    private DemoAdmin() {
    }

    /** Creates the demo's admin if missing (as the initial-admin setting would), then runs the work as them. */
    static void actAs(UserDirectory users, Runnable work) {
        users.createUser(ID, Role.ADMIN.displayName(), "(demo)", ID + "@example.com", DemoData.PASSWORD,
                List.of(Role.ADMIN));
        EngineRoomUser admin = users.load(ID).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin,
                null, admin.groups().stream().map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
