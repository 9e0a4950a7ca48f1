package io.engineroom.identity.security;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Enforces {@link EngineRestAllowList} on every mount of the engine's REST resources, and keeps the Camunda
 * webapps to admins (Tasklist to nobody: tasks are worked in Engine Room's inbox, which checks forms and four
 * eyes). Runs after Spring Security, so the caller is known (anonymous callers were already sent to sign in), and
 * before any engine resource or webapp filter reads the request. A path it cannot classify is refused.
 */
class EngineRestGate extends OncePerRequestFilter {

    private final CurrentUser currentUser;

    EngineRestGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EnginePath> path = EnginePath.of(request.getContextPath(), request.getRequestURI());
        if (path.isEmpty()) {
            EngineRestProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Path not recognised",
                    "This path is refused: it uses encoded separators, dot segments or other forms that could"
                            + " reach a different resource than it names.");
            return;
        }
        Optional<String> refusal = refusal(path.get(), request.getMethod(), roles());
        if (refusal.isEmpty() && path.get().surface() != EnginePath.Surface.OTHER && overridesMethod(request)) {
            refusal = Optional.of("A method override header is not accepted: the allow-list judges the request's"
                    + " own method.");
        }
        if (refusal.isPresent()) {
            EngineRestProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Not available",
                    refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Headers some frameworks read as the real method: a POST judged as a query could act as a DELETE. */
    private static boolean overridesMethod(HttpServletRequest request) {
        return Stream.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")
                .anyMatch(header -> request.getHeader(header) != null);
    }

    private Set<Role> roles() {
        Set<String> groups = currentUser.find().map(EngineRoomUser::groups).orElse(Set.of());
        return Arrays.stream(Role.values()).filter(role -> groups.contains(role.groupId()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Why the call is refused, or empty when it may pass. */
    static Optional<String> refusal(EnginePath path, String method, Set<Role> roles) {
        return switch (path.surface()) {
            case OTHER -> Optional.empty();
            case ENGINE_REST -> engineApi(path, method, roles);
            case WEBAPP, WEBAPP_ENGINE_API -> webapp(path, method, roles);
        };
    }

    private static Optional<String> webapp(EnginePath path, String method, Set<Role> roles) {
        List<String> segments = path.segments();
        if (path.surface() == EnginePath.Surface.WEBAPP && segments.size() >= 2
                && segments.get(1).equalsIgnoreCase("tasklist")) {
            return Optional.of("Camunda Tasklist is not offered: tasks are worked in Engine Room's inbox.");
        }
        if (!roles.contains(Role.ADMIN)) {
            return Optional.of("Camunda's webapps are for administrators. " + EngineRestProblems.SCREENS_ONLY);
        }
        return path.surface() == EnginePath.Surface.WEBAPP_ENGINE_API ? engineApi(path, method, roles)
                : Optional.empty();
    }

    private static Optional<String> engineApi(EnginePath path, String method, Set<Role> roles) {
        if (EngineRestAllowList.allows(roles, method, path.segments())) {
            return Optional.empty();
        }
        return Optional.of(method + " " + path.path() + " is not open to you. " + EngineRestProblems.SCREENS_ONLY);
    }
}
