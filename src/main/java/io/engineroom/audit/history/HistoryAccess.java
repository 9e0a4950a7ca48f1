package io.engineroom.audit.history;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one rule for reading audit history: auditors, social media managers and administrators, in their own brands
 * (administrators: every brand). The engine's own tenant check does not apply here (the queries run without an
 * engine user), so every query narrows to {@link HistoryReader#brands()} itself.
 */
@Component
public class HistoryAccess {

    static final Set<Role> READERS = Set.of(Role.AUDITOR, Role.SOCIAL_MANAGER, Role.ADMIN);

    private final CurrentUser currentUser;

    HistoryAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public HistoryReader require() {
        EngineRoomUser user = currentUser.require();
        if (READERS.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("The history is for auditors, social media managers and admins");
        }
        return new HistoryReader(user.id(), user.brands(), user.hasRole(Role.ADMIN));
    }
}
