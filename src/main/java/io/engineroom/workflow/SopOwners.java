package io.engineroom.workflow;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who owns the SOPs (social media managers and administrators), and whose running instances each of them sees. */
@Component
class SopOwners {

    private final CurrentUser currentUser;

    SopOwners(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    EngineRoomUser require() {
        EngineRoomUser me = currentUser.require();
        if (!me.hasRole(Role.SOCIAL_MANAGER) && !me.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("SOPs are managed by social media managers and administrators");
        }
        return me;
    }

    /** Whether this person sees a version of the brand's own (or, null, a shared one): administrators all. */
    static boolean sees(EngineRoomUser me, String brandId) {
        return brandId == null || me.hasRole(Role.ADMIN) || me.belongsTo(brandId);
    }

    /** The brands whose instances this person sees; empty Optional means all (an administrator). */
    static Optional<Set<String>> brandsOf(EngineRoomUser me) {
        return me.hasRole(Role.ADMIN) ? Optional.empty() : Optional.of(me.brands());
    }
}
