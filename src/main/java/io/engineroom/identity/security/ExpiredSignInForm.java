package io.engineroom.identity.security;

import io.engineroom.identity.ui.LoginView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a refused CSRF token gets: the sign-in form back, saying it had expired, when it was the sign-in form that was
 * sent; a plain 403 for anything else, as before.
 *
 * <p>The sign-in form carries the CSRF token of the session its page was loaded in. When that session is gone by the
 * time the form is sent, Spring Security refuses the post as forged, and a person who signed out and straight back in
 * met a bare "403 Forbidden" page: a late request of the signed-out page can start a new session after the sign-in
 * page was loaded (seen in the browser tests, about one run in five), and a page left open past the session's timeout
 * does the same. Sending the form again from a fresh page is all it takes, so that is where this leads. A forged
 * cross-site sign-in meets the same answer: the sign-in page, nobody signed in.
 *
 * <p>Only the CSRF filter uses this handler (set on it, not on the exception handling, whose handler Vaadin's
 * configurer owns). Vaadin's own requests never reach it: they are exempt from Spring's CSRF check and carry Vaadin's
 * token instead.
 */
final class ExpiredSignInForm implements AccessDeniedHandler {

    /** The sign-in page's address when it opens after an expired form; {@link LoginView} then says so. */
    static final String EXPIRED_PAGE = "/login?" + LoginView.EXPIRED_PARAMETER;

    private final RequestMatcher signInPost = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");
    private final AccessDeniedHandler otherRequests = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        if (signInPost.matches(request)) {
            response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
        } else {
            otherRequests.handle(request, response, refusal);
        }
    }
}
