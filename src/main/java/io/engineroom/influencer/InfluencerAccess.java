package io.engineroom.influencer;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who works with creators: a social media manager or an admin, and only for a brand they belong to (admins are
 * held to membership like everyone else). Creators' rates and contracts are the brand's business.
 */
@Component
class InfluencerAccess {

    private final CurrentUser currentUser;

    InfluencerAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The signed-in person, if they may work with the brand's creators. */
    EngineRoomUser require(String brandId) {
        EngineRoomUser user = currentUser.require();
        if (!user.hasRole(Role.SOCIAL_MANAGER) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only a social media manager works with creators");
        }
        if (!user.belongsTo(brandId)) {
            throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
        }
        return user;
    }
}
