package io.engineroom.workflow.engine;

import io.engineroom.base.InvalidInput;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda wraps every exception thrown by a task listener ("ENGINE-03051 There was an exception while
 * invoking the TaskListener"), and its REST resources wrap engine exceptions again, so a deliberate refusal
 * (someone else's claimed task, a rejection without a comment) would reach the caller as a 500. These mappers
 * answer with the refusal itself, in Camunda's usual error format.
 */
public final class EngineRefusals {

    private EngineRefusals() {
    }

    /** The refusal inside a wrapped exception, or null when there is none. */
    public static ProcessEngineException refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException) {
                return (ProcessEngineException) cause;
            }
        }
        return null;
    }

    /**
     * The per-field problems of a refusal that carries an {@link InvalidInput} as its cause (a listener that checks
     * a form's answers), so a form can show each next to its field; empty when there are none.
     */
    public static Map<String, String> fieldProblems(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInput invalid) {
                return invalid.problems();
            }
        }
        return Map.of();
    }

    @Provider
    public static class RestExceptions extends RestExceptionHandler {
        @Override
        public Response toResponse(RestException exception) {
            ProcessEngineException refusal = refusal(exception);
            return refusal != null ? new ProcessEngineExceptionHandler().toResponse(refusal) : super.toResponse(exception);
        }
    }

    @Provider
    public static class EngineExceptions extends ProcessEngineExceptionHandler {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            ProcessEngineException refusal = refusal(exception);
            return super.toResponse(refusal != null ? refusal : exception);
        }
    }
}
