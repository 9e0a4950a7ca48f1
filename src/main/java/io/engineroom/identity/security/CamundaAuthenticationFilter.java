package io.engineroom.identity.security;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the signed-in user, their groups and their brands (tenants) as the Camunda authentication for the
 * request: Camunda's authorization and tenant checks then keep every engine call, ours and
 * {@code /engine-rest}'s alike, to what this person may see and do, and its history records who did it.
 */
class CamundaAuthenticationFilter extends OncePerRequestFilter {

    private final EngineIdentity engineIdentity;
    private final CurrentUser currentUser;

    CamundaAuthenticationFilter(EngineIdentity engineIdentity, CurrentUser currentUser) {
        this.engineIdentity = engineIdentity;
        this.currentUser = currentUser;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The Camunda webapps authenticate against the engine themselves (see camundaWebappSingleSignOn).
        return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineRoomUser> user = currentUser.find();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try (EngineIdentity.Scope signedIn = engineIdentity.enter(user.get())) {
            chain.doFilter(request, response);
        }
    }
}
