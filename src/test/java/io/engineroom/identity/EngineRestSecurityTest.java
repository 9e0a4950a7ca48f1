package io.engineroom.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Camunda Modeler's deployment call and the Camunda REST API over real HTTP, in the exact shape Modeler 5 sends
 * it: only SOP owners deploy (and see Modeler's connection check succeed), managers for their brands and
 * administrators the shared version too, the answer says the deployment waits for review, only Modeler's parts are
 * accepted, an upload over the size limit is refused before it is read, nobody anonymous gets an answer.
 */
@EngineRoomIntegrationTest
class EngineRestSecurityTest {

    private static final String DEMO_PASSWORD = "demo";
    private static final String BOUNDARY = "----ModelerFormBoundary7MA4YWxkTrZu0gW";

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
    void sopOwnersDeployFromModelerAndHearThatItWaitsForReview(Role role) throws Exception {
        String key = "modeler-" + UUID.randomUUID();
        // a manager deploys their brand's own version; the shared version is an administrator's
        String[] brand = role == Role.ADMIN ? new String[0] : new String[] {"tenant-id", "beanleaf"};

        assertThat(get(role.groupId(), "/engine-rest/deployment?maxResults=0").statusCode()).isEqualTo(200);
        assertThat(get(role.groupId(), "/engine-rest/version").body()).contains("\"version\"");
        HttpResponse<String> response = deploy(role.groupId(), DEMO_PASSWORD,
                modeler(key, "enable-duplicate-filtering", brand));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"deployedProcessDefinitions\"")
                .contains("\"message\":\"Deployed, not live yet: " + (role == Role.ADMIN ? "the shared " : "") + key
                        + " v1").contains("\"engineRoomChange\":{\"id\":").contains("\"status\":\"IN_REVIEW\"");
        assertThat(response.headers().firstValue("X-Engine-Room-Review")).hasValueSatisfying(
                header -> assertThat(header).startsWith("IN_REVIEW; change="));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult()
                .getId();
        assertThat(get(role.groupId(), "/engine-rest/process-definition/" + definitionId + "/xml").body())
                .contains(key);
    }

    @Test
    void theAnswerOnTheEngineAliasSaysItWaitsForReviewToo() throws Exception {
        String key = "modeler-" + UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/engine-rest/engine/default/deployment/create"))
                .header("Authorization", basic("social-manager", DEMO_PASSWORD)).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(modeler(key, "deploy-changed-only", "tenant-id",
                        "beanleaf"))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("waits for review by another SOP owner of Bean & Leaf");
        assertThat(response.headers().firstValue("X-Engine-Room-Review")).isPresent();
    }

    @Test
    void aSocialManagerMayNotDeployTheSharedVersion() throws Exception {
        String key = "modeler-" + UUID.randomUUID();

        HttpResponse<String> response = deploy("social-manager", DEMO_PASSWORD,
                modeler(key, "enable-duplicate-filtering"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("Only administrators deploy the shared version of an SOP; choose your"
                + " brand as Tenant ID in Camunda Modeler");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void anAdministratorDeploysForAnyExistingBrandButNoInventedOne() throws Exception {
        String key = "modeler-" + UUID.randomUUID();
        String invented = "modeler-" + UUID.randomUUID();

        HttpResponse<String> forBeanLeaf = deploy("admin", DEMO_PASSWORD,
                modeler(key, "deploy-changed-only", "tenant-id", "beanleaf"));
        HttpResponse<String> forNobody = deploy("admin", DEMO_PASSWORD,
                modeler(invented, "deploy-changed-only", "tenant-id", "no-such-brand"));

        assertThat(forBeanLeaf.statusCode()).as(forBeanLeaf.body()).isEqualTo(200);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult()
                .getTenantId()).isEqualTo("beanleaf");
        assertThat(forNobody.statusCode()).isEqualTo(403);
        assertThat(forNobody.body()).contains("There is no brand 'no-such-brand'");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(invented).count()).isZero();
    }

    @Test
    void modelersOtherSpellingOfDuplicateFilteringAndATenantDeployToo() throws Exception {
        String key = "modeler-" + UUID.randomUUID();

        HttpResponse<String> response = deploy("social-manager", DEMO_PASSWORD,
                modeler(key, "deploy-changed-only", "tenant-id", "northwind"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult()
                .getTenantId()).isEqualTo("northwind");
    }

    @Test
    void aManagerDeploysForTheirOwnBrandsOnly() throws Exception {
        String manager = TestUsers.ensure(users, brands, "manager-beanleaf-deploys", Role.SOCIAL_MANAGER, "beanleaf");
        String key = "modeler-" + UUID.randomUUID();

        HttpResponse<String> response = deploy(manager, TestUsers.PASSWORD,
                modeler(key, "enable-duplicate-filtering", "tenant-id", "northwind"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("your own brands only").contains("your brands: beanleaf");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = {"SOCIAL_MANAGER", "ADMIN"})
    void everyOtherRoleIsForbiddenToDeploy(Role role) throws Exception {
        String user = role == Role.CLIENT_APPROVER ? "client-northwind" : role.groupId();
        String key = "modeler-" + UUID.randomUUID();

        HttpResponse<String> response = deploy(user, DEMO_PASSWORD, modeler(key, "enable-duplicate-filtering"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("Engine Room's screens");
        assertThat(get(user, "/engine-rest/deployment?maxResults=0").statusCode()).isEqualTo(403);
        assertThat(get(user, "/engine-rest/version").statusCode()).isEqualTo(403);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"deployment-activation-time", "script", "data"})
    void aDeploymentWithAPartModelerNeverSendsIsRefused(String part) throws Exception {
        String key = "modeler-" + UUID.randomUUID();

        // "data" without a file name: Camunda would take the text itself as a resource
        HttpResponse<String> response = deploy("social-manager", DEMO_PASSWORD,
                modeler(key, "enable-duplicate-filtering", part, "2099-01-01T00:00:00.000+0000"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("'" + part + "' is not accepted");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void anOversizeUploadIsRefusedByItsLengthBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            String credentials = Base64.getEncoder().encodeToString("social-manager:demo".getBytes(UTF_8));
            // the body is never sent: the refusal must come from the declared length alone
            socket.getOutputStream().write(("POST /engine-rest/deployment/create HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials + "\r\nContent-Type: multipart/form-data; boundary="
                    + BOUNDARY + "\r\nContent-Length: " + (11L * 1024 * 1024) + "\r\n\r\n").getBytes(UTF_8));
            socket.getOutputStream().flush();
            BufferedReader response = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));

            assertThat(response.readLine()).startsWith("HTTP/1.1 413");
            String line;
            boolean problem = false;
            while ((line = response.readLine()) != null && !line.isEmpty()) {
                problem |= line.equalsIgnoreCase("Content-Type: application/problem+json;charset=UTF-8")
                        || line.equalsIgnoreCase("Content-Type: application/problem+json");
            }
            assertThat(problem).as("problem details").isTrue();
        }
    }

    @Test
    void anOversizeChunkedUploadIsRefusedOnceItPassesTheLimitAndDeploysNothing() throws Exception {
        String key = "modeler-" + UUID.randomUUID();
        byte[] small = modeler(key, "enable-duplicate-filtering");
        // a valid deployment padded past 10 MB inside its XML: it would deploy if it were read whole
        String padding = "<!-- " + "x".repeat(10 * 1024 * 1024 + 1024) + " -->";
        byte[] large = new String(small, UTF_8).replace("<process", padding + "<process").getBytes(UTF_8);

        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                .header("Authorization", basic("social-manager", DEMO_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                // an input stream of unknown length: sent chunked, with no Content-Length to judge by
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("engineroom.engine-rest.max-upload-size");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void deployingWithoutCredentialsIsUnauthorized() throws Exception {
        String key = "modeler-" + UUID.randomUUID();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(modeler(key, "enable-duplicate-filtering"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE)).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        // a user of its own: Camunda delays the next login after a wrong password, which would slow other tests
        String manager = TestUsers.ensure(users, brands, "manager-wrong-password", Role.SOCIAL_MANAGER, "beanleaf");

        assertThat(deploy(manager, "not-the-password", modeler("modeler-" + UUID.randomUUID(),
                "enable-duplicate-filtering")).statusCode()).isEqualTo(401);
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
    void aSignInPostWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=social-manager&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());

        // back to the sign-in page as for a form whose page expired (ExpiredSignInFormTest), the password unchecked
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("remember"));
    }

    private HttpResponse<String> deploy(String user, String password, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                .header("Authorization", basic(user, password)).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user, DEMO_PASSWORD)).header("Accept", "application/json").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    /**
     * The body Camunda Modeler 5 sends for "Deploy to Camunda 7" (a browser FormData): the deployment's name,
     * its source, a duplicate-filtering flag, then any extra text parts given as name/value pairs, then the
     * diagram as a file part named after the file.
     */
    private static byte[] modeler(String key, String duplicateFlag, String... extraParts) {
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess(key).name("Deployed from Modeler")
                .camundaHistoryTimeToLive(30).startEvent("Start").name("Start").endEvent("End").name("End").done());
        StringBuilder body = new StringBuilder();
        field(body, "deployment-name", key);
        field(body, "deployment-source", "Camunda Modeler");
        field(body, duplicateFlag, "true");
        for (int i = 0; i < extraParts.length; i += 2) {
            field(body, extraParts[i], extraParts[i + 1]);
        }
        String file = key + ".bpmn";
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(file)
                .append("\"; filename=\"").append(file).append("\"\r\nContent-Type: text/xml\r\n\r\n")
                .append(bpmn).append("\r\n--").append(BOUNDARY).append("--\r\n");
        return body.toString().getBytes(UTF_8);
    }

    private static void field(StringBuilder body, String name, String value) {
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"\r\n\r\n").append(value).append("\r\n");
    }
}
