package io.engineroom.reporting;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read a brand's figures: its members who analyse or answer for them (analyst, social media manager,
 * executive) and administrators. Nobody signed in means a process step (the cadence's snapshot), which may.
 */
@Component
public class ReportingAccess {

    private static final Set<Role> READERS = EnumSet.of(Role.ANALYST, Role.SOCIAL_MANAGER, Role.EXECUTIVE,
            Role.ADMIN);

    private final CurrentUser currentUser;

    ReportingAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public void checkRead(String brandId) {
        currentUser.find().ifPresent(user -> check(user, brandId, READERS));
    }

    /** Importing figures: analysts, social media managers and administrators; a person must be signed in. */
    public EngineRoomUser checkImport(String brandId) {
        EngineRoomUser user = currentUser.require();
        check(user, brandId, EnumSet.of(Role.ANALYST, Role.SOCIAL_MANAGER, Role.ADMIN));
        return user;
    }

    private static void check(EngineRoomUser user, String brandId, Set<Role> roles) {
        if (roles.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Reports are for analysts, social media managers and executives");
        }
        if (!user.belongsTo(brandId) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
        }
    }
}
