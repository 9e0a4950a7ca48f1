package io.engineroom.base.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.base.TeamEventType;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document at /v3/api-docs is the contract integrators read: it must parse without a message, and a new
 * endpoint under /api or a new team event that it does not describe fails here. Anyone may read the document; only
 * administrators get its browsable page.
 */
@EngineRoomIntegrationTest
class ApiDocumentTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode document;
    String json;

    @BeforeEach
    void fetchTheDocumentAnonymously() throws Exception {
        HttpResponse<String> answer = new FormLoginClient(port).get("/v3/api-docs");
        assertThat(answer.statusCode()).isEqualTo(200);
        json = answer.body();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(document.path("info").path("version").asText()).isNotBlank().doesNotContain("@");
        assertThat(document.path("paths").fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void everyEndpointUnderApiIsDescribedWithProblemDetailsForItsRefusals() {
        List<String> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/")).forEach(path -> {
                    var methods = mapping.getMethodsCondition().getMethods();
                    (methods.isEmpty() ? List.of(RequestMethod.values()) : methods)
                            .forEach(method -> endpoints.add(method + " " + path));
                }));
        assertThat(endpoints).contains("POST /api/interactions");

        for (String endpoint : endpoints) {
            String[] methodAndPath = endpoint.split(" ");
            JsonNode operation = document.path("paths").path(methodAndPath[1])
                    .path(methodAndPath[0].toLowerCase(Locale.ROOT));
            assertThat(operation.isObject()).as(endpoint + " is in the document").isTrue();
            // springdoc lists every mapping by itself: a summary is what only a written @Operation gives
            assertThat(operation.path("summary").asText()).as(endpoint + " has a summary").isNotBlank();
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().matches("[45]..")) {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                            .as(endpoint + " answers " + response.getKey() + " with problem details")
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        }
    }

    @Test
    void everyTeamEventIsAWebhookWithItsSignatureHeadersAndDataFields() {
        for (TeamEventType type : TeamEventType.values()) {
            JsonNode post = document.path("webhooks").path(type.wireName()).path("post");
            assertThat(post.isObject()).as(type.wireName() + " is a webhook").isTrue();
            assertThat(post.path("parameters").findValuesAsText("name")).contains("X-EngineRoom-Event",
                    "X-EngineRoom-Delivery", "X-EngineRoom-Timestamp", "X-EngineRoom-Signature");
            assertThat(post.path("responses").fieldNames()).toIterable().contains("2XX", "5XX", "default");

            String ref = post.at("/requestBody/content/application~1json/schema/$ref").asText();
            JsonNode event = document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(event.path("properties").fieldNames()).toIterable()
                    .containsExactly("id", "type", "occurredAt", "brand", "summary", "link", "data");
            assertThat(event.at("/properties/type/const").asText()).isEqualTo(type.wireName());
            JsonNode data = event.at("/properties/data/properties");
            assertThat(data.fieldNames()).toIterable().as(type.wireName() + " data")
                    .containsExactlyElementsOf(type.fields().stream().map(TeamEventType.Field::name).toList());
            assertThat(event.at("/properties/data/required")).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(type.fields().stream().filter(field -> !field.optional())
                            .map(TeamEventType.Field::name).toList());
            for (TeamEventType.Field field : type.fields()) {
                JsonNode schema = data.path(field.name());
                boolean time = field.type().equals("date-time");
                assertThat(schema.path("type").asText()).as(type.wireName() + "." + field.name())
                        .isEqualTo(time ? "string" : field.type());
                assertThat(schema.path("description").asText()).isEqualTo(field.description());
                if (time) {
                    assertThat(schema.path("format").asText()).isEqualTo("date-time");
                }
            }
        }
    }

    @Test
    void anAdministratorBrowsesTheDocument() throws Exception {
        FormLoginClient admin = new FormLoginClient(port).signIn("admin", "demo");

        HttpResponse<String> page = admin.get("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Swagger UI</title>");
        // the page's script, served beside it, loads this document (not Vaadin's page for an unknown route)
        assertThat(admin.get("/swagger-ui/swagger-initializer.js").body()).contains("/v3/api-docs/swagger-config");
        assertThat(admin.get("/v3/api-docs/swagger-config").body()).contains("\"url\":\"/v3/api-docs\"");
    }

    @Test
    void aSignedInPersonWhoIsNoAdministratorIsRefusedThePage() throws Exception {
        FormLoginClient manager = new FormLoginClient(port).signIn("social-manager", "demo");

        assertThat(manager.get("/swagger-ui/index.html").statusCode()).isEqualTo(403);
        assertThat(manager.get("/swagger-ui.html").statusCode()).isEqualTo(403);
    }

    @Test
    void someoneNotSignedInIsSentToSignInForThePage() throws Exception {
        HttpResponse<String> page = new FormLoginClient(port).get("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }
}
