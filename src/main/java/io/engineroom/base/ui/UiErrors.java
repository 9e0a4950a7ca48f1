package io.engineroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person sees when a screen fails with an exception no view caught. A refusal (Spring Security's
 * {@link AccessDeniedException}, Camunda's {@link AuthorizationException}) is an answer, not a fault: a plain
 * message, nothing logged as an error. Anything else is a fault: the person gets a short error id to quote and
 * the log has the same id with the stack trace, so support finds the one failure among many; the screen never
 * shows a stack trace or an exception's text. A browser that went away mid-request (Vaadin's own list of
 * connection exceptions) is nobody's fault and shows or logs nothing, as with Vaadin's default handler.
 */
public class UiErrors extends DefaultErrorHandler {

    static final String REFUSED = "That is not open to you.";
    /** Spring's own text for a refusal without a reason (method security); not worth showing. */
    private static final String SPRING_DEFAULT = "Access Denied";
    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (!shouldHandle(failure)) {
            return;
        }
        Throwable refusal = refusal(failure);
        String text = refusal != null ? refusedText(refusal) : fault(failure);
        if (UI.getCurrent() != null) {
            Notices.error(text);
        }
    }

    private static String refusedText(Throwable refusal) {
        // our own services refuse with a sentence meant for the person; Camunda's text names permissions and ids
        if (refusal instanceof AccessDeniedException denied && denied.getMessage() != null
                && !denied.getMessage().isBlank() && !SPRING_DEFAULT.equals(denied.getMessage())) {
            return REFUSED + " " + denied.getMessage();
        }
        return REFUSED;
    }

    private static String fault(Throwable failure) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {} on a screen", id, failure);
        return "Something went wrong (error id " + id + "). Please tell support this id.";
    }

    /** The refusal in the cause chain, if any: Vaadin wraps listener exceptions before they reach here. */
    private static Throwable refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof AuthorizationException) {
                return cause;
            }
        }
        return null;
    }
}
