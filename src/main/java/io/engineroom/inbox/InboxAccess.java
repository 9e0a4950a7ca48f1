package io.engineroom.inbox;

import io.engineroom.base.NotFound;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may work the interaction inbox: a community manager, support, social media manager or admin, and for one
 * interaction only a member of its brand. Admins are held to brand membership like everyone else.
 */
@Component
class InboxAccess {

    static final List<Role> INBOX_ROLES = List.of(Role.COMMUNITY_MANAGER, Role.SUPPORT, Role.SOCIAL_MANAGER,
            Role.ADMIN);

    private final CurrentUser currentUser;
    private final InteractionRepository interactions;

    InboxAccess(CurrentUser currentUser, InteractionRepository interactions) {
        this.currentUser = currentUser;
        this.interactions = interactions;
    }

    EngineRoomUser requireInboxUser() {
        EngineRoomUser user = currentUser.require();
        if (INBOX_ROLES.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("The inbox is for community managers, support and social media managers");
        }
        return user;
    }

    EngineRoomUser requireMember(String brandId) {
        EngineRoomUser user = requireInboxUser();
        if (brandId == null || !user.belongsTo(brandId)) {
            throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
        }
        return user;
    }

    /** The interaction, if the signed-in person may work on it. */
    Interaction interaction(String interactionId) {
        EngineRoomUser user = requireInboxUser();
        Interaction interaction = interactionId == null ? null : interactions.findById(interactionId).orElse(null);
        // the same answer for "no such interaction" and "not your brand": ids of other brands are not confirmed
        if (interaction == null || !user.belongsTo(interaction.getBrandId())) {
            throw new NotFound("interaction", "No interaction " + interactionId);
        }
        return interaction;
    }
}
