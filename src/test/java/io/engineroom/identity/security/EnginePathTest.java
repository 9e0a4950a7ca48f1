package io.engineroom.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.identity.Role;
import io.engineroom.identity.security.EnginePath.Surface;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gate judges the path Jersey would route, and refuses what it cannot read as one path. */
class EnginePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task/42/variables/regulated", "/engine-rest/task/42/variables/regulated/",
            "/engine-rest//task//42/variables/regulated", "/engine-rest/task;jsessionid=x/42/variables;a=b/regulated",
            "/engine-rest/%74ask/42/variables/%72egulated", "/engine-rest/engine/default/task/42/variables/regulated",
            "/ctx/engine-rest/task/42/variables/regulated"})
    void spellingsOfOnePathAreOnePath(String uri) {
        EnginePath path = EnginePath.of("/ctx", uri).orElseThrow();

        assertThat(path.surface()).isEqualTo(Surface.ENGINE_REST);
        assertThat(path.segments()).containsExactly("task", "42", "variables", "regulated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/deployment/..%2Ftask/42", "/engine-rest/deployment/%2e%2e/task",
            "/engine-rest/deployment/../task", "/engine-rest/deployment/./create", "/engine-rest/task%5C42",
            "/engine-rest/task%3Bx/42", "/engine-rest/%2574ask/42", "/engine-rest/task/%ZZ", "/engine-rest/task/%",
            "/engine-rest/task/%C0%AF", "/engine-rest/task/%00"})
    void pathTricksCannotBeClassified(String uri) {
        assertThat(EnginePath.of("", uri)).as(uri).isEmpty();
    }

    @Test
    void theWebappsEngineApiIsTheSameApi() {
        EnginePath path = EnginePath.of("", "/camunda/api/engine/engine/default/task/42/complete").orElseThrow();

        assertThat(path.surface()).isEqualTo(Surface.WEBAPP_ENGINE_API);
        assertThat(path.segments()).containsExactly("task", "42", "complete");
        assertThat(EnginePath.of("", "/CAMUNDA/API/ENGINE/engine/default/task").orElseThrow().surface())
                .isEqualTo(Surface.WEBAPP_ENGINE_API);
    }

    @Test
    void aDifferentlySpelledMountIsStillJudgedAndMatchesNothing() {
        EnginePath path = EnginePath.of("", "/ENGINE-REST/TASK/42").orElseThrow();

        assertThat(path.surface()).isEqualTo(Surface.ENGINE_REST);
        assertThat(EngineRestGate.refusal(path, "GET", Set.of(Role.SOCIAL_MANAGER))).isPresent();
    }

    @Test
    void modelersCallsPassForSopOwnersOnly() {
        for (Role role : Role.values()) {
            boolean owner = role == Role.SOCIAL_MANAGER || role == Role.ADMIN;
            assertThat(EngineRestAllowList.allows(Set.of(role), "POST", List.of("deployment", "create")))
                    .as(role.name()).isEqualTo(owner);
            assertThat(EngineRestAllowList.allows(Set.of(role), "GET", List.of("deployment"))).as(role.name())
                    .isEqualTo(owner);
            assertThat(EngineRestAllowList.allows(Set.of(role), "GET", List.of("version"))).as(role.name())
                    .isEqualTo(owner);
        }
    }

    @Test
    void nobodyWritesTasksVariablesOrInstancesNotEvenAnAdmin() {
        Set<Role> everyone = Set.of(Role.values());
        for (List<String> resource : List.of(List.of("task", "1", "variables", "regulated"),
                List.of("task", "1", "complete"), List.of("task", "1", "claim"), List.of("task", "1", "assignee"),
                List.of("process-definition", "key", "content-approval", "start"),
                List.of("process-instance", "1", "modification"), List.of("process-instance", "1", "variables"),
                List.of("message"), List.of("signal"), List.of("execution", "1", "localVariables", "x"),
                List.of("filter", "create"), List.of("external-task", "fetchAndLock"),
                List.of("history", "process-instance", "delete"), List.of("user", "create"))) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                assertThat(EngineRestAllowList.allows(everyone, method, resource)).as(method + " " + resource)
                        .isFalse();
            }
        }
    }

    @Test
    void auditorsReadHistoryOnly() {
        Set<Role> auditor = Set.of(Role.AUDITOR);

        assertThat(EngineRestAllowList.allows(auditor, "GET", List.of("history", "process-instance"))).isTrue();
        assertThat(EngineRestAllowList.allows(auditor, "POST", List.of("history", "process-instance"))).isFalse();
        assertThat(EngineRestAllowList.allows(auditor, "GET", List.of("task"))).isFalse();
        assertThat(EngineRestAllowList.allows(auditor, "GET", List.of("process-instance"))).isFalse();
    }

    @Test
    void theWebappsAreForAdminsAndTasklistForNobody() {
        EnginePath cockpit = EnginePath.of("", "/camunda/app/cockpit/default/").orElseThrow();
        EnginePath tasklist = EnginePath.of("", "/camunda/api/tasklist/plugin/x").orElseThrow();

        assertThat(EngineRestGate.refusal(cockpit, "GET", Set.of(Role.ADMIN))).isEmpty();
        assertThat(EngineRestGate.refusal(cockpit, "GET", Set.of(Role.SOCIAL_MANAGER))).isPresent();
        assertThat(EngineRestGate.refusal(tasklist, "GET", Set.of(Role.ADMIN))).isPresent();
        assertThat(EngineRestGate.refusal(EnginePath.of("", "/camunda/api/engine/engine/default/task/1/complete")
                .orElseThrow(), "POST", Set.of(Role.ADMIN))).isPresent();
    }
}
