package io.engineroom.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.identity.DeploymentReviewNotes;
import io.engineroom.identity.DeploymentReviewNotes.Note;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Modeler's deployment answer gets the review note on every mount of {@code deployment/create}, and nothing else is
 * touched: other calls, refusals, an answer that is not a JSON object, a deployment without a change.
 */
class ModelerDeployAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEPLOYED = "{\"id\":\"dep-1\",\"name\":\"x\",\"deployedProcessDefinitions\":{}}";
    private static final DeploymentReviewNotes NOTES = deploymentId -> deploymentId.equals("dep-1")
            ? Optional.of(new Note("Deployed, not live yet: x v2 for Bean & Leaf waits for review (SOP change 7)",
                    "IN_REVIEW", Map.of("id", 7L, "status", "IN_REVIEW")))
            : Optional.empty();

    final ModelerDeployAnswer filter = new ModelerDeployAnswer(() -> Optional.of(NOTES));

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/deployment/create", "/engine-rest/engine/default/deployment/create",
            "/camunda/api/engine/engine/default/deployment/create", "/engine-rest//deployment/create/"})
    void everyMountOfTheDeploymentCallGetsTheNote(String path) throws Exception {
        MockHttpServletResponse response = answer(path, 200, DEPLOYED);

        JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("id").asText()).isEqualTo("dep-1");
        assertThat(body.path("deployedProcessDefinitions").isObject()).isTrue();
        assertThat(body.path("message").asText()).startsWith("Deployed, not live yet").contains("Bean & Leaf");
        assertThat(body.path("engineRoomChange").path("id").asLong()).isEqualTo(7);
        assertThat(body.path("engineRoomChange").path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(response.getHeader(ModelerDeployAnswer.HEADER)).isEqualTo("IN_REVIEW; change=7");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/deployment", "/engine-rest/deployment/create/x", "/api/deployment/create",
            "/engine-rest/process-definition/create"})
    void otherCallsPassUnchanged(String path) throws Exception {
        MockHttpServletResponse response = answer(path, 200, DEPLOYED);

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(DEPLOYED);
        assertThat(response.getHeader(ModelerDeployAnswer.HEADER)).isNull();
    }

    @Test
    void aRefusalAnAnswerThatIsNoObjectAndADeploymentWithoutAChangePassUnchanged() throws Exception {
        String refused = "{\"type\":\"ParseException\",\"message\":\"no\"}";
        assertThat(answer("/engine-rest/deployment/create", 400, refused).getContentAsString()).isEqualTo(refused);
        assertThat(answer("/engine-rest/deployment/create", 200, "[1,2]").getContentAsString()).isEqualTo("[1,2]");
        String other = DEPLOYED.replace("dep-1", "dep-2");
        MockHttpServletResponse unknown = answer("/engine-rest/deployment/create", 200, other);
        assertThat(unknown.getContentAsString()).isEqualTo(other);
        assertThat(unknown.getHeader(ModelerDeployAnswer.HEADER)).isNull();
    }

    @Test
    void withoutChangeControlTheAnswerIsCamundasOwn() throws Exception {
        ModelerDeployAnswer without = new ModelerDeployAnswer(Optional::empty);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/deployment/create");
        MockHttpServletResponse response = new MockHttpServletResponse();

        without.doFilter(request, response, camunda(200, DEPLOYED));

        assertThat(response.getContentAsString()).isEqualTo(DEPLOYED);
    }

    private MockHttpServletResponse answer(String path, int status, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, camunda(status, body));
        return response;
    }

    /** Camunda's REST resource, as far as the filter sees it: a status and a JSON body. */
    private static FilterChain camunda(int status, String body) {
        return (request, response) -> {
            var http = (jakarta.servlet.http.HttpServletResponse) response;
            http.setStatus(status);
            http.setContentType("application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            http.setContentLength(bytes.length);
            http.getOutputStream().write(bytes);
        };
    }
}
