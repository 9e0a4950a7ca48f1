package io.engineroom.identity.sso;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Leaves in the session exactly what a password sign-in leaves: the {@link io.engineroom.identity.EngineRoomUser}
 * as principal, with {@code ROLE_} authorities, instead of Spring's OAuth2 token. CurrentUser, the views'
 * {@code @RolesAllowed}, the engine sign-in of every request and the Camunda webapps' single sign-on (which reads
 * the principal's name) then see one kind of person, however they signed in. Then goes where the person was going,
 * or to My work.
 */
class SignedInAsEngineRoomUser implements AuthenticationSuccessHandler {

    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        SingleSignOnUser signedIn = (SingleSignOnUser) authentication.getPrincipal();
        UsernamePasswordAuthenticationToken person = UsernamePasswordAuthenticationToken.authenticated(
                signedIn.person(), null, signedIn.getAuthorities());
        person.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(person);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        next.onAuthenticationSuccess(request, response, person);
    }
}
