package io.engineroom.base.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} is the contract integrators build against: Engine Room's own HTTP API
 * ({@code /api/**}) and the events it sends to their systems. Each controller describes its operations where they
 * are written; this holds what they share: the title, and the RFC 9457 problem every refusal of {@code /api} is
 * (schema {@value #PROBLEM}). A controller documents an error status with its code and meaning only; every 4xx
 * and 5xx answer is then a problem (springdoc would otherwise show the success body's type for it), so no
 * operation can describe its refusals otherwise.
 */
@Configuration
class ApiDocument {

    /** The component name of the problem-details schema. */
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI engineRoomApi(@Value("${springdoc.open-api.info.version:unknown}") String version) {
        return new OpenAPI().info(new Info().title("Engine Room API").version(version).description("""
                Engine Room's own HTTP API for the systems around a social media team: channels and collectors \
                deliver interactions (`/api/interactions`), and Engine Room calls subscribers back with the events \
                listed under webhooks, signed with the subscription's secret. Every refusal is an RFC 9457 problem \
                (`application/problem+json`)."""));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            // added here, with the references: springdoc drops the schemas no operation refers to before customizing
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problem());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() == null) {
                    return;
                }
                operation.getResponses().forEach((status, response) -> {
                    boolean refusal = status.startsWith("4") || status.startsWith("5");
                    if (refusal && (response.getContent() == null || !response.getContent()
                            .containsKey(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE))) {
                        response.setContent(new Content().addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
                    }
                });
            }));
        };
    }

    private static Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", text("A URI naming the kind of problem; about:blank when the status says it all")
                .format("uri-reference"));
        properties.put("title", text("A short summary of the kind of problem"));
        properties.put("status", typed("integer", "The HTTP status code"));
        properties.put("detail", text("What went wrong with this request and what to do about it"));
        properties.put("instance", text("The path the request was sent to").format("uri-reference"));
        properties.put("errors", typed("object", "The problems by field, such as interactions[0].text, when there are "
                + "field problems").additionalProperties(new JsonSchema().types(Set.of("string"))));
        return typed("object", "RFC 9457 problem details").properties(properties)
                .required(List.of("title", "status", "detail"))
                .example(Map.of("type", "about:blank", "title", "Invalid interactions", "status", 422,
                        "detail", "1 problem(s) in the delivery; nothing was stored", "instance", "/api/interactions",
                        "errors", Map.of("interactions[0].text", "text is required")));
    }

    private static Schema<?> text(String description) {
        return typed("string", description);
    }

    private static Schema<?> typed(String type, String description) {
        return new JsonSchema().types(Set.of(type)).description(description);
    }
}
