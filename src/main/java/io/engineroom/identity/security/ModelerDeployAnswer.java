package io.engineroom.identity.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.identity.DeploymentReviewNotes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda Modeler's deployment answer says what became of the deployment: Camunda answers 200 with the deployment
 * as soon as it is stored, but the models wait for another SOP owner's review before anything runs on them. This
 * adds {@code "message"} (one sentence) and {@code "engineRoomChange"} (the SOP change: id, status, ...) to the JSON
 * object of {@code POST .../deployment/create} and the header {@value #HEADER}; Modeler ignores fields it does not
 * know, so its deploy dialog keeps working. Only that call is buffered (on every mount of the engine's resources,
 * classified by {@link EnginePath}); any other answer, a refusal or an answer that cannot be read passes unchanged.
 */
class ModelerDeployAnswer extends OncePerRequestFilter {

    static final String HEADER = "X-Engine-Room-Review";

    private static final Logger log = LoggerFactory.getLogger(ModelerDeployAnswer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Optional<DeploymentReviewNotes>> notes;

    ModelerDeployAnswer(Supplier<Optional<DeploymentReviewNotes>> notes) {
        this.notes = notes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !isDeploymentCreate(request);
    }

    static boolean isDeploymentCreate(HttpServletRequest request) {
        return EnginePath.of(request.getContextPath(), request.getRequestURI())
                .filter(path -> path.surface() == EnginePath.Surface.ENGINE_REST
                        || path.surface() == EnginePath.Surface.WEBAPP_ENGINE_API)
                .filter(path -> path.segments().equals(List.of("deployment", "create"))).isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() == HttpServletResponse.SC_OK) {
                withReview(answer);
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    private void withReview(ContentCachingResponseWrapper answer) throws IOException {
        JsonNode deployment;
        try {
            deployment = JSON.readTree(answer.getContentAsByteArray());
        } catch (IOException e) {
            log.warn("Camunda's deployment answer is not JSON; passed on without its review note: {}", e.getMessage());
            return;
        }
        if (!(deployment instanceof ObjectNode object) || !object.path("id").isTextual()) {
            return;
        }
        Optional<DeploymentReviewNotes.Note> note;
        try {
            note = notes.get().flatMap(found -> found.forDeployment(object.get("id").asText()));
        } catch (RuntimeException e) {
            // the deployment is stored either way: Modeler still gets Camunda's answer
            log.warn("No review note for deployment {}", object.get("id").asText(), e);
            return;
        }
        if (note.isEmpty()) {
            return;
        }
        object.put("message", note.get().message());
        object.set("engineRoomChange", JSON.valueToTree(note.get().change()));
        byte[] body = JSON.writeValueAsBytes(object);
        answer.resetBuffer();
        answer.setHeader(HEADER, note.get().status() + "; change=" + note.get().change().get("id"));
        answer.getOutputStream().write(body);
    }
}
