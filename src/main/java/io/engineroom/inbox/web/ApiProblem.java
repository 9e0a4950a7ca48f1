package io.engineroom.inbox.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A refused API request: the status, a short title, what went wrong and, where it applies, what per field. */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, String> errors;
    /** For a 429: whole seconds until a retry can succeed ({@code Retry-After}); otherwise null. */
    private final Long retryAfterSeconds;

    ApiProblem(HttpStatus status, String title, String detail, Map<String, String> errors) {
        this(status, title, detail, errors, null);
    }

    private ApiProblem(HttpStatus status, String title, String detail, Map<String, String> errors,
            Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? Map.of() : errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    ApiProblem(HttpStatus status, String title, String detail) {
        this(status, title, detail, null);
    }

    static ApiProblem unauthorized(String detail) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "Not authenticated for this channel", detail);
    }

    /** Authenticated, but for another channel than the one the delivery names. */
    static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "Not this channel's credentials", detail);
    }

    static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, null, retryAfterSeconds);
    }

    /** The channel's intake backlog is at its bound: nothing was stored, come back when the workers drained it. */
    static ApiProblem backlogFull(String detail, long retryAfterSeconds) {
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Backlog full", detail, null, retryAfterSeconds);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    Map<String, String> errors() {
        return errors;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
