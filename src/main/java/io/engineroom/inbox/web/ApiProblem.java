package io.engineroom.inbox.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A refused API request: the status, a short title, what went wrong and, where it applies, what per field. */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, String> errors;
    /** For a 429 or 503: whole seconds until a retry can succeed ({@code Retry-After}); otherwise null. */
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

    /**
     * Every delivery thread busy and the line of deliveries waiting for one full ({@link DeliveryThreads}): nothing
     * was stored; a second later there is room again.
     */
    static ApiProblem busy() {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", "This node is storing as many deliveries as it "
                + "takes at once and more are waiting: nothing of this one was stored. Send it again after the "
                + "Retry-After seconds.", null, 1L);
    }

    /**
     * A delivery not stored within {@link DeliveryThreads#TIMEOUT}: it may still be, so sending it again is safe
     * (what was stored answers as a duplicate).
     */
    static ApiProblem notStoredInTime() {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Not stored in time", "The delivery was not stored "
                + "within " + DeliveryThreads.TIMEOUT.toSeconds() + " s; it may still be. Send it again: interactions "
                + "already stored answer as duplicates.", null, 1L);
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
