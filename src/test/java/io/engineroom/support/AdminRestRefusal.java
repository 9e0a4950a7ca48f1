package io.engineroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An admin's {@code /engine-rest} call that the allow-list refuses at the door: 403 with the gate's problem body.
 * History-editing calls are on nobody's list, so tests of history protection show the REST side with this and the
 * engine's own refusal of the same commands through Java.
 */
public final class AdminRestRefusal {

    private AdminRestRefusal() {
    }

    public static void assertRefused(TestRestTemplate http, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo").exchange(path, method,
                new HttpEntity<>(json, headers), String.class);

        assertThat(response.getStatusCode()).as(method + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).as(method + " " + path)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).as(method + " " + path).contains("\"status\":403")
                .contains("is not open to you");
    }
}
