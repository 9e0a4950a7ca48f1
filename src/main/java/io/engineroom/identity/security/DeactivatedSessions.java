package io.engineroom.identity.security;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.UserDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a person deactivated while signed in: the sign-in check alone would let an open browser
 * work on until the session times out (8 hours). Asked on every signed-in request, after Spring Security has read
 * the session and before the engine signs the person in (CamundaAuthenticationFilter, order 100); the question is
 * one primary-key read. A page load is sent to the login page, anything else gets 401 and the browser reloads.
 */
@Component
@Order(99)
class DeactivatedSessions extends OncePerRequestFilter {

    private final CurrentUser currentUser;
    private final UserDirectory users;

    DeactivatedSessions(CurrentUser currentUser, UserDirectory users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineRoomUser> user = currentUser.find();
        if (user.isEmpty() || users.isActive(user.get().id())) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if ("GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/login");
        } else {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
