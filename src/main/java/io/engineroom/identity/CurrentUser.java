package io.engineroom.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, from the Spring Security context of the current request. */
@Component
public class CurrentUser {

    public Optional<EngineRoomUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof EngineRoomUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public EngineRoomUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /**
     * The signed-in user, when they hold the role.
     *
     * @throws AccessDeniedException with {@code refusal} when they do not (or "Not signed in")
     */
    public EngineRoomUser requireRole(Role role, String refusal) {
        EngineRoomUser user = require();
        if (!user.hasRole(role)) {
            throw new AccessDeniedException(refusal);
        }
        return user;
    }
}
