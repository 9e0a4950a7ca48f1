package io.engineroom.inbox.web;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

/**
 * Every refusal of the interactions API as RFC 9457 problem details ({@code application/problem+json}), with
 * {@code errors} by field where there are field problems. Only a failure on our side is a 5xx.
 */
@RestControllerAdvice(assignableTypes = {InteractionApi.class, InteractionStatusApi.class})
class InteractionApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionApiProblems.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> refused(ApiProblem problem) {
        ResponseEntity<ProblemDetail> answer = answer(problem.status(), problem.title(), problem.getMessage(),
                problem.errors());
        if (problem.retryAfterSeconds() == null) {
            return answer;
        }
        // a 429 says when to come back (RFC 6585, RFC 9110 section 10.2.3), in seconds
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds())).body(answer.getBody());
    }

    /** The channel (or another record a delivery names) is gone: 404, as for any record not found. */
    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound notFound) {
        return answer(HttpStatus.NOT_FOUND, "Not found", notFound.getMessage(), notFound.problems());
    }

    /** What {@code accept} finds wrong (it checks again what the reader checked, and the batch as a whole). */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput invalid) {
        return answer(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid interactions", invalid.getMessage(),
                invalid.problems());
    }

    /** Every delivery thread busy and the line waiting for them full: 503, come back in a second. */
    @ExceptionHandler(TaskRejectedException.class)
    ResponseEntity<ProblemDetail> busy(TaskRejectedException full) {
        return refused(ApiProblem.busy());
    }

    @ExceptionHandler(AsyncRequestTimeoutException.class)
    ResponseEntity<ProblemDetail> notStoredInTime(AsyncRequestTimeoutException late) {
        return refused(ApiProblem.notStoredInTime());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception failure) {
        LOG.error("Delivery of interactions failed", failure);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Not stored",
                "The delivery could not be stored; nothing of it was kept. Try again later.", Map.of());
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, String detail,
            Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create("/api/interactions"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", new TreeMap<>(errors));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            // a 401 names the ways to authenticate (RFC 9110); the signature scheme is described in the detail
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Engine Room interactions\"");
        }
        return answer.body(problem);
    }
}
