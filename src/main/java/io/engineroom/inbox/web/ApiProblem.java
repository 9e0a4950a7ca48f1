package io.engineroom.inbox.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A refused API request: the status, a short title, what went wrong and, where it applies, what per field. */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, String> errors;

    ApiProblem(HttpStatus status, String title, String detail, Map<String, String> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? Map.of() : errors;
    }

    ApiProblem(HttpStatus status, String title, String detail) {
        this(status, title, detail, null);
    }

    static ApiProblem unauthorized(String detail) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "Not authenticated for this channel", detail);
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
}
