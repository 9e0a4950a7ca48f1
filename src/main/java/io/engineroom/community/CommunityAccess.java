package io.engineroom.community;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who works on community care: community managers and social media managers, each only for the brands they are
 * members of (administrators too are held to membership: this is the brand's audience, not system settings).
 */
@Component
class CommunityAccess {

    private final CurrentUser currentUser;

    CommunityAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    EngineRoomUser requireMember(String brandId) {
        EngineRoomUser user = currentUser.require();
        if (!user.hasRole(Role.COMMUNITY_MANAGER) && !user.hasRole(Role.SOCIAL_MANAGER)) {
            throw new AccessDeniedException("Community care is for community managers and social media managers");
        }
        if (brandId == null || !user.belongsTo(brandId)) {
            throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
        }
        return user;
    }
}
