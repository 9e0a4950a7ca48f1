package io.engineroom.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

class InteractionApiProblemsTest {

    private final InteractionApiProblems problems = new InteractionApiProblems();

    @Test
    void aRecordNotFoundIsA404ProblemNamingIt() {
        ResponseEntity<ProblemDetail> answer = problems.notFound(new NotFound("channel", "No channel 42"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getTitle()).isEqualTo("Not found");
        assertThat(answer.getBody().getDetail()).isEqualTo("No channel 42");
        assertThat(answer.getBody().getProperties()).containsEntry("errors", Map.of("channel", "No channel 42"));
    }

    @Test
    void aFullLineOfDeliveriesIsA503ThatSaysWhenToComeBack() {
        ResponseEntity<ProblemDetail> answer = problems.busy(new TaskRejectedException("line full"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getTitle()).isEqualTo("Busy");
        assertThat(answer.getBody().getDetail()).contains("nothing of this one was stored");
    }

    @Test
    void aDeliveryNotStoredInTimeIsA503ThatSaysSendingAgainIsSafe() {
        ResponseEntity<ProblemDetail> answer = problems.notStoredInTime(new AsyncRequestTimeoutException());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().getDetail()).contains("may still be", "answer as duplicates");
    }

    @Test
    void otherInvalidInputStaysA422() {
        ResponseEntity<ProblemDetail> answer = problems.invalid(new InvalidInput("text", "text is required"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().getTitle()).isEqualTo("Invalid interactions");
    }
}
