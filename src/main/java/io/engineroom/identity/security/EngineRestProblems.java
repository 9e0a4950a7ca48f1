package io.engineroom.identity.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * Refusals on the engine's REST mounts and the Camunda webapps as RFC 9457 problem details, written straight by
 * the filters that refuse, before any engine resource has read the request.
 */
final class EngineRestProblems {

    static final String SCREENS_ONLY = "Staff work through Engine Room's screens; Camunda's REST API is open only for"
            + " deploying SOPs from Camunda Modeler, reading history and administrators' operations.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineRestProblems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.resetBuffer();
        response.setStatus(status);
        // JSON is UTF-8 by definition (RFC 8259), and Jackson writes it so: no charset parameter
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
