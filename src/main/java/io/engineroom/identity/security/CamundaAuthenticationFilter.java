package io.engineroom.identity.security;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the signed-in user, their groups and their brands (tenants) as the Camunda authentication for the
 * request: Camunda's authorization and tenant checks then keep every engine call, ours and
 * {@code /engine-rest}'s alike, to what this person may see and do, and its history records who did it.
 */
class CamundaAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final CurrentUser currentUser;

    CamundaAuthenticationFilter(IdentityService identityService, CurrentUser currentUser) {
        this.identityService = identityService;
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
        EngineRoomUser person = user.get();
        identityService.setAuthentication(person.id(), List.copyOf(person.groups()), List.copyOf(person.brands()));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
