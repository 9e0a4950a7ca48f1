package io.engineroom.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Camunda Modeler's deployment call and the Camunda REST API over real HTTP: only SOP owners deploy, nobody
 * anonymous gets an answer.
 */
@EngineRoomIntegrationTest
class EngineRestSecurityTest {

    private static final String DEMO_PASSWORD = "demo";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @LocalServerPort
    int port;
    String base;

    @BeforeEach
    void base() {
        base = "http://localhost:" + port;
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SOCIAL_MANAGER", "ADMIN"})
    void sopOwnersDeployFromModeler(Role role) {
        String key = "modeler-" + UUID.randomUUID();

        ResponseEntity<String> response = deploy(role.groupId(), DEMO_PASSWORD, key);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = {"SOCIAL_MANAGER", "ADMIN"})
    void everyOtherRoleIsForbiddenToDeploy(Role role) {
        String user = role == Role.CLIENT_APPROVER ? "client-northwind" : role.groupId();
        String key = "modeler-" + UUID.randomUUID();

        ResponseEntity<String> response = deploy(user, DEMO_PASSWORD, key);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void deployingWithoutCredentialsIsUnauthorized() {
        String key = "modeler-" + UUID.randomUUID();

        ResponseEntity<String> response = http.exchange("/engine-rest/deployment/create",
                org.springframework.http.HttpMethod.POST, multipart(key), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        // a user of its own: Camunda delays the next login after a wrong password, which would slow other tests
        String manager = TestUsers.ensure(users, brands, "manager-wrong-password", Role.SOCIAL_MANAGER, "beanleaf");

        assertThat(deploy(manager, "not-the-password", "modeler-" + UUID.randomUUID()).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theEngineApiAnswersNobodyAnonymous() {
        for (String path : new String[] {"/engine-rest/engine", "/engine-rest/task", "/engine-rest/process-instance",
                "/engine-rest/deployment", "/engine-rest/user", "/engine-rest/history/process-instance"}) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void theUiNeedsALoginButHealthDoesNot() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : new String[] {"/", "/task/any", "/camunda/app/cockpit/default/"}) {
            HttpResponse<Void> page = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/login", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=social-manager&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("remember"));
    }

    private ResponseEntity<String> deploy(String user, String password, String key) {
        return http.withBasicAuth(user, password).postForEntity("/engine-rest/deployment/create", multipart(key),
                String.class);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(String key) {
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess(key).name("Deployed from Modeler")
                .camundaHistoryTimeToLive(30).startEvent("Start").name("Start").endEvent("End").name("End").done());
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", key);
        body.add("deployment-source", "Camunda Modeler");
        body.add("data", new ByteArrayResource(bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return key + ".bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }
}
