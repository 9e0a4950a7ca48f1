package io.engineroom.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in to Engine Room signs administrators in to Camunda's Cockpit and Admin; nobody else gets the webapps,
 * nobody gets Tasklist (tasks are worked in Engine Room's inbox), and the first-admin wizard stays shut.
 */
@EngineRoomIntegrationTest
class CamundaWebappsTest {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorSignedInToEngineRoomIsSignedInToCamundaAdmin() throws Exception {
        FormLoginClient browser = new FormLoginClient(port).signIn("admin", "demo");

        // opening an app is what signs the Camunda session in, as in a browser
        assertThat(browser.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = browser.get("/camunda/api/admin/auth/user/default");

        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("\"admin\"").contains("\"cockpit\"");
    }

    @Test
    void cockpitReadsAndQueriesTheEngineForAnAdministrator() throws Exception {
        FormLoginClient browser = new FormLoginClient(port).signIn("admin", "demo");
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        HttpResponse<String> definitions = browser.get("/camunda/api/engine/engine/default/process-definition/count");
        HttpResponse<String> query = browser.send("POST",
                "/camunda/api/engine/engine/default/history/process-instance/count", "{}");

        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).contains("\"count\"");
        assertThat(query.statusCode()).as(query.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"copywriter", "social-manager", "auditor"})
    void anotherRoleIsSignedInButGetsNoCockpitTasklistOrAdmin(String role) throws Exception {
        FormLoginClient browser = new FormLoginClient(port).signIn(role, "demo");

        for (String path : new String[] {"/camunda/app/welcome/default/", "/camunda/app/cockpit/default/",
                "/camunda/app/admin/default/", "/camunda/app/tasklist/default/", "/camunda/api/admin/auth/user/default",
                "/camunda/api/engine/engine/default/process-definition", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"}) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(page.body()).as(path).contains("Engine Room").doesNotContain("\"userId\"");
        }
    }

    @Test
    void tasklistIsNotOfferedEvenToAnAdministrator() throws Exception {
        FormLoginClient browser = new FormLoginClient(port).signIn("admin", "demo");

        for (String path : new String[] {"/camunda/app/tasklist/default/", "/camunda/api/tasklist/plugin/x",
                "/camunda/app/TASKLIST/default/"}) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.body()).as(path).contains("Tasklist is not offered");
        }
    }

    @Test
    void theFirstAdminWizardIsClosedToEveryone() throws Exception {
        FormLoginClient browser = new FormLoginClient(port).signIn("admin", "demo");

        HttpResponse<String> setup = browser.send("POST", "/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}");

        assertThat(setup.statusCode()).isEqualTo(403);
    }
}
