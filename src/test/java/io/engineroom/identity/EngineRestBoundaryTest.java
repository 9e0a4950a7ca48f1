package io.engineroom.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.content.ContentService;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.TaskInbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a staff member who knows Camunda's REST API would try on a Northwind post waiting for its copy: rewrite the
 * variables that gate legal review, complete or reassign the task, start or modify instances, send messages and
 * signals, reach executions, filters, jobs and external tasks. Over {@code /engine-rest}, over the webapps' copy
 * of the same API at {@code /camunda/api/engine}, and with spellings of the path meant to slip past a matcher:
 * every attempt is a 403 with problem details, and afterwards the instance's variables, tasks, history and
 * publication records are exactly as before.
 */
@EngineRoomIntegrationTest
class EngineRestBoundaryTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    long item;
    String instanceId;
    String copyTask;
    Snapshot before;

    /** One call of Camunda's REST API, relative to an engine mount. */
    record Attempt(String method, String path, String json) {
    }

    @BeforeEach
    void aNorthwindPostWaitsForTheCopywritersCopy() {
        item = content.plan("northwind", "Trust boundary " + System.nanoTime());
        instanceId = content.get(item).processInstanceId();
        String brief = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        taskService.complete(brief, Map.of("objective", "awareness", "keyMessage", "Savings, explained"));
        copyTask = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("WriteCopy")
                .singleResult().getId();
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            inbox.claim(copyTask);
        }
        assertThat(runtimeService.getVariable(instanceId, "regulated")).isEqualTo(true);
        before = snapshot();
    }

    /** The post would otherwise wait in Northwind's inboxes for the rest of the build. */
    @AfterEach
    void endThePost() {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
            runtimeService.deleteProcessInstance(instanceId, "test over");
        }
    }

    @Test
    void theCopywriterIsRefusedEveryEngineCallOverEngineRest() throws Exception {
        for (Attempt attempt : attempts()) {
            assertRefused(basic("copywriter", attempt, "/engine-rest"), attempt);
            assertRefused(basic("copywriter", attempt, "/engine-rest/engine/default"), attempt);
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theCopywriterIsRefusedThroughTheWebappsEngineApiToo() throws Exception {
        FormLoginClient browser = new FormLoginClient(port).signIn("copywriter", "demo");

        for (Attempt attempt : attempts()) {
            assertRefused(browser.send(attempt.method(), "/camunda/api/engine/engine/default" + attempt.path(),
                    attempt.json()), attempt);
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void notEvenAnAdminChangesWorkOverEitherApi() throws Exception {
        FormLoginClient cockpit = new FormLoginClient(port).signIn("admin", "demo");
        // Cockpit hands out Camunda's XSRF token: the calls below would pass Camunda's own CSRF check
        assertThat(cockpit.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        for (Attempt attempt : attempts()) {
            if (attempt.method().equals("GET") || attempt.path().startsWith("/job")) {
                continue; // admins read everything and operate jobs
            }
            assertRefused(basic("admin", attempt, "/engine-rest"), attempt);
            assertRefused(cockpit.send(attempt.method(), "/camunda/api/engine/engine/default" + attempt.path(),
                    attempt.json()), attempt);
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void spellingsOfAPathMeantToSlipPastTheListAreRefused() throws Exception {
        String variable = "/task/" + copyTask + "/variables/regulated";
        String body = "{\"value\": false, \"type\": \"Boolean\"}";
        for (String path : List.of("/engine-rest" + variable + "/", "/engine-rest/" + variable,
                "/engine-rest/task;x=y/" + copyTask + "/variables/regulated", "/engine-rest/%74ask/" + copyTask
                        + "/variables/regulated", "/engine-rest/TASK/" + copyTask + "/variables/regulated",
                "/ENGINE-REST" + variable, "/engine-rest/./task/" + copyTask + "/variables/regulated",
                "/engine-rest/deployment/..%2F" + variable.substring(1), "/engine-rest/deployment/%2E%2E" + variable,
                "/engine-rest/deployment/..;" + variable, "/engine-rest/engine/default/task/" + copyTask
                        + "/variables/%72egulated")) {
            for (String user : List.of("admin", "social-manager", "copywriter")) {
                assertNeverReachesTheEngine(send(user, "PUT", path, body), user + " PUT " + path);
            }
            // and as a read, which social managers have for deployments
            assertNeverReachesTheEngine(send("social-manager", "GET", path, null), "GET " + path);
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aMethodOverrideHeaderIsRefusedEvenOnAnAllowedCall() throws Exception {
        // POST /process-instance is a query admins may send; the header asks some frameworks to run a DELETE
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/engine-rest/process-instance"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(
                        StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("X-HTTP-Method-Override", "DELETE")
                .POST(HttpRequest.BodyPublishers.ofString("{\"processInstanceIds\": [\"" + instanceId + "\"]}"))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("method override");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void auditorsReadTheHistoryOfTheirBrandsAndNothingElse() throws Exception {
        HttpResponse<String> history = send("auditor", "GET",
                "/engine-rest/history/variable-instance?processInstanceId=" + instanceId + "&variableName=regulated",
                null);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("\"name\":\"regulated\"").contains("\"value\":true");

        for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/variable-instance",
                "/engine-rest/deployment")) {
            HttpResponse<String> refused = send("auditor", "GET", path, null);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).as(path).hasValue(PROBLEM);
        }
        assertThat(send("auditor", "POST", "/engine-rest/history/process-instance/delete",
                "{\"historicProcessInstanceIds\": [\"" + instanceId + "\"], \"deleteReason\": \"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void adminsReadAndOperateJobs() throws Exception {
        assertThat(send("admin", "GET", "/engine-rest/task?processInstanceId=" + instanceId, null).body())
                .contains(copyTask);
        assertThat(send("admin", "GET", "/engine-rest/job?processInstanceId=" + instanceId, null).statusCode())
                .isEqualTo(200);
        assertThat(send("admin", "GET", "/engine-rest/incident?processInstanceId=" + instanceId, null).statusCode())
                .isEqualTo(200);
        // suspending and activating the post's instance: an operation, recorded in the operation log
        assertThat(send("admin", "PUT", "/engine-rest/process-instance/" + instanceId + "/suspended",
                "{\"suspended\": true}").statusCode()).isEqualTo(204);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .isSuspended()).isTrue();
        assertThat(send("admin", "PUT", "/engine-rest/process-instance/" + instanceId + "/suspended",
                "{\"suspended\": false}").statusCode()).isEqualTo(204);
        assertThat(runtimeService.getVariable(instanceId, "regulated")).isEqualTo(true);
    }

    private List<Attempt> attempts() {
        String task = "/task/" + copyTask;
        String instance = "/process-instance/" + instanceId;
        String falseValue = "{\"value\": false, \"type\": \"Boolean\"}";
        String variables = "{\"variables\": {\"regulated\": {\"value\": false, \"type\": \"Boolean\"}}}";
        return List.of(
                new Attempt("PUT", task + "/variables/regulated", falseValue),
                new Attempt("PUT", task + "/localVariables/regulated", falseValue),
                new Attempt("POST", task + "/variables", "{\"modifications\": {\"regulated\": " + falseValue + "}}"),
                new Attempt("DELETE", task + "/variables/regulated", null),
                new Attempt("POST", task + "/complete", variables),
                new Attempt("POST", task + "/submit-form", variables),
                new Attempt("POST", task + "/resolve", variables),
                new Attempt("POST", task + "/claim", "{\"userId\": \"copywriter\"}"),
                new Attempt("POST", task + "/unclaim", null),
                new Attempt("POST", task + "/assignee", "{\"userId\": \"designer\"}"),
                new Attempt("POST", task + "/delegate", "{\"userId\": \"designer\"}"),
                new Attempt("PUT", task, "{\"name\": \"Renamed\", \"assignee\": \"designer\"}"),
                new Attempt("POST", task + "/comment/create", "{\"message\": \"Approved by legal\"}"),
                new Attempt("GET", task + "/variables", null),
                new Attempt("GET", "/task?processInstanceId=" + instanceId, null),
                new Attempt("POST", "/process-definition/key/content-approval/start", variables),
                new Attempt("POST", "/process-definition/key/content-approval/tenant-id/northwind/start", variables),
                new Attempt("POST", "/process-definition/key/content-approval/submit-form", variables),
                new Attempt("POST", instance + "/modification",
                        "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"BrandReview\"}]}"),
                new Attempt("PUT", instance + "/variables/regulated", falseValue),
                new Attempt("POST", instance + "/variables", "{\"modifications\": {\"regulated\": " + falseValue + "}}"),
                new Attempt("DELETE", instance + "/variables/regulated", null),
                new Attempt("DELETE", instance, null),
                new Attempt("GET", instance + "/variables", null),
                new Attempt("POST", "/message", "{\"messageName\": \"ContentApproved\", \"processInstanceId\": \""
                        + instanceId + "\"}"),
                new Attempt("POST", "/signal", "{\"name\": \"PublishingReleased\"}"),
                new Attempt("GET", "/execution?processInstanceId=" + instanceId, null),
                new Attempt("PUT", "/execution/" + instanceId + "/localVariables/regulated", falseValue),
                new Attempt("POST", "/execution/" + instanceId + "/signal", variables),
                new Attempt("GET", "/filter", null),
                new Attempt("POST", "/filter/create",
                        "{\"resourceType\": \"Task\", \"name\": \"All tasks\", \"query\": {}}"),
                new Attempt("GET", "/job?processInstanceId=" + instanceId, null),
                new Attempt("POST", "/job/retries", "{\"processInstanceQuery\": {\"processInstanceIds\": [\""
                        + instanceId + "\"]}, \"retries\": 0}"),
                new Attempt("PUT", "/job/suspended", "{\"processInstanceId\": \"" + instanceId
                        + "\", \"suspended\": true}"),
                new Attempt("GET", "/external-task", null),
                new Attempt("POST", "/external-task/fetchAndLock",
                        "{\"workerId\": \"w\", \"maxTasks\": 1, \"topics\": [{\"topicName\": \"x\", \"lockDuration\": 1000}]}"));
    }

    /**
     * 400: Tomcat or Spring Security's firewall refused the spelling; 403: the gate did; a redirect to the login:
     * the path is not the engine's mount at all (paths are case-sensitive), so it met the screens' sign-in.
     */
    private static void assertNeverReachesTheEngine(HttpResponse<String> response, String call) {
        assertThat(response.statusCode()).as(call).isIn(302, 400, 403);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).as(call).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    private void assertRefused(HttpResponse<String> response, Attempt attempt) {
        String call = attempt.method() + " " + attempt.path();
        assertThat(response.statusCode()).as(call + " " + response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).as(call).hasValue(PROBLEM);
        assertThat(response.body()).as(call).contains("\"status\":403")
                .contains("Staff work through Engine Room's screens");
    }

    private HttpResponse<String> basic(String user, Attempt attempt, String mount) throws Exception {
        return send(user, attempt.method(), mount + attempt.path(), attempt.json());
    }

    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Everything an attempt could have changed, in a form that compares by value. */
    record Snapshot(Map<String, Object> variables, List<String> tasks, List<String> variableUpdates,
            List<String> operationLog, List<String> historicTasks, List<Map<String, Object>> publications,
            String itemState, long instances, long contentApprovalsEverStarted) {
    }

    private Snapshot snapshot() {
        List<String> tasks = taskService.createTaskQuery().processInstanceId(instanceId).list().stream()
                .map(task -> task.getId() + " " + task.getTaskDefinitionKey() + " " + task.getAssignee() + " "
                        + task.getName() + " " + task.isSuspended())
                .sorted().toList();
        List<String> updates = new ArrayList<>();
        for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(instanceId)
                .list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                updates.add(update.getId() + " " + update.getVariableName() + "=" + update.getValue());
            }
        }
        List<String> log = historyService.createUserOperationLogQuery().processInstanceId(instanceId).list().stream()
                .map(entry -> entry.getId() + " " + entry.getOperationType() + " " + entry.getProperty() + " "
                        + entry.getNewValue() + " " + entry.getUserId())
                .sorted().toList();
        List<String> historicTasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
                .list().stream().map(task -> task.getId() + " " + task.getAssignee() + " " + task.getEndTime())
                .sorted().toList();
        return new Snapshot(new TreeMap<>(runtimeService.getVariables(instanceId)), tasks, updates.stream().sorted()
                .toList(), log, historicTasks,
                jdbc.queryForList("select * from publication_attempt where content_item_id = ? order by id", item),
                content.get(item).state(),
                runtimeService.createProcessInstanceQuery().processDefinitionKey("content-approval")
                        .processInstanceBusinessKey("content:" + item).count(),
                historyService.createHistoricProcessInstanceQuery().processDefinitionKey("content-approval").count());
    }
}
