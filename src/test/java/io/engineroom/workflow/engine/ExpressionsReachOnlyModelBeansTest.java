package io.engineroom.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.workflow.SopRefused;
import io.engineroom.workflow.change.ChangeIntake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A model that bypasses the SOP lint (deployed through Java on the application's engine with the lint's
 * pre-deployer taken out for the deployment) still runs no code of the deployer's choosing: a Spring bean off the
 * allow-list does not resolve, a walk from {@code execution} to the engine's services or from a string to
 * {@code java.lang.Runtime} is refused, a script finds no language; the instance fails to start and nothing
 * happens. The allow-listed beans still work, so the refusals are not the engine failing at everything.
 */
@EngineRoomIntegrationTest
class ExpressionsReachOnlyModelBeansTest {

    static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "engine-room-runtime-was-reached");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ModelBeans modelBeans;

    String key;

    @BeforeEach
    void key() throws Exception {
        key = "guards-expression-" + UUID.randomUUID().toString().substring(0, 8);
        Files.deleteIfExists(MARKER);
    }

    @Test
    void aBeanOffTheAllowListDoesNotResolveAndNothingHappens() {
        assertRefused("${identityService.deleteUser('copywriter')}", "Cannot resolve identifier 'identityService'");
        assertRefused("${userDirectory.exists('admin')}", "Cannot resolve identifier 'userDirectory'");
        long healthChecks = runtimeService.createProcessInstanceQuery().processDefinitionKey("channel-health").count();
        assertRefused("${runtimeService.startProcessInstanceByKey('channel-health')}",
                "Cannot resolve identifier 'runtimeService'");

        assertThat(identityService.createUserQuery().userId("copywriter").count()).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("channel-health").count())
                .isEqualTo(healthChecks);
    }

    @Test
    void aWalkFromTheExecutionToTheEngineIsRefusedAndNothingHappens() {
        assertRefused("${execution.getProcessEngineServices().getIdentityService().deleteUser('copywriter')}",
                "SOP expressions may not call getProcessEngineServices(...)");
        assertRefused("${execution.processEngineServices.identityService.deleteUser('copywriter')}",
                "SOP expressions may not read 'processEngineServices'");
        assertRefused("${execution.getVariable('brand')}", "SOP expressions may not call getVariable(...)");
        assertRefused("${sopTimings.class.classLoader}", "SOP expressions may not read 'class'");

        assertThat(identityService.createUserQuery().userId("copywriter").count()).isEqualTo(1);
    }

    @Test
    void aWalkToJavaLangRuntimeIsRefusedAndNothingRuns() {
        assertRefused("${''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch " + MARKER + "')}",
                "SOP expressions may not call getClass(...) on a java.lang.String");
        assertRefused("${''.class.forName('java.lang.Runtime')}", "SOP expressions may not read 'class'");

        assertThat(MARKER).doesNotExist();
    }

    @Test
    void aScriptFindsNoLanguage() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).startEvent()
                .scriptTask("Script").scriptFormat("javascript").scriptText("java.lang.Runtime.getRuntime()")
                .endEvent().done();
        deployWithoutTheLint(model);

        assertThatThrownBy(this::start).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("javascript");
        assertNothingStarted();
    }

    @Test
    void theAllowListedBeansAndPlainReadsStillWork() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).startEvent()
                .serviceTask("Reminder").camundaExpression("${sopTimings.reviewReminder}")
                .camundaResultVariable("reminder")
                .serviceTask("Stages").camundaExpression("${stages.contains('legal') and not empty brand}")
                .camundaResultVariable("legal")
                .userTask("Wait").camundaCandidateGroups("legal").endEvent().done();
        deployWithoutTheLint(model);

        String instanceId = runtimeService.startProcessInstanceByKey(key, Map.of("brand", "northwind",
                "stages", List.of("legal"))).getId();

        assertThat(runtimeService.getVariables(instanceId)).containsEntry("reminder", "P1D")
                .containsEntry("legal", true);
    }

    @Test
    void theAllowListIsEngineRoomsDelegatesAndListenersAndTheMarkedExpressionBeans() {
        assertThat(modelBeans.isDelegate("recordBrief")).isTrue();
        assertThat(modelBeans.isDelegate("approvalRouteVariables")).isTrue();
        assertThat(modelBeans.isExpressionBean("sopTimings")).isTrue();
        assertThat(modelBeans.isExpressionBean("brandSla")).isTrue();
        // each one read-only: the SOPs' timings, a brand's SLA target read from the interaction's record, a UGC
        // permission's answer read from its record
        assertThat(modelBeans.expressionBeans()).containsExactly("brandSla", "communityTimings", "sopChangeReviewers",
                "sopTimings", "ugcAnswers");
        for (String bean : List.of("userDirectory", "identityService", "runtimeService", "processEngine",
                "dataSource", "contentService")) {
            assertThat(modelBeans.isDelegate(bean) || modelBeans.isExpressionBean(bean)).as(bean).isFalse();
        }
    }

    @Test
    void theLintWouldHaveRefusedTheseModels() {
        Throwable thrown = catchThrowable(() -> repositoryService.createDeployment().name(key)
                .addModelInstance(key + ".bpmn", calling("${identityService.deleteUser('copywriter')}")).deploy());

        assertThat(SopRefused.in(thrown)).isNotNull().extracting(Throwable::getMessage).asString()
                .contains("element 'Call'")
                .contains("names the Spring bean 'identityService', which SOP expressions may not use");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    private void assertRefused(String expression, String reason) {
        key = "guards-expression-" + UUID.randomUUID().toString().substring(0, 8);
        deployWithoutTheLint(calling(expression));

        assertThatThrownBy(this::start).as(expression).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(reason);
        assertNothingStarted();
    }

    private void start() {
        runtimeService.startProcessInstanceByKey(key, Map.of("brand", "northwind"));
    }

    private void assertNothingStarted() {
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
    }

    /** Start → a service task evaluating the expression → a user task to stop at. */
    private BpmnModelInstance calling(String expression) {
        return Bpmn.createExecutableProcess(key).name("Bypass " + key).camundaHistoryTimeToLive(30)
                .startEvent("Start").name("Start").serviceTask("Call").name("Call").camundaExpression(expression)
                .userTask("Wait").name("Wait").camundaCandidateGroups("legal").endEvent("End").name("End").done();
    }

    /**
     * Deploys with the SOP lint's pre-deployer taken out of the engine's deployers for this one deployment, as if
     * the lint had missed something; the engine's own deployers (BPMN parsing) still run. Live at once, as if its
     * review had let it through too: what is tested is what its expressions reach when it runs.
     */
    private void deployWithoutTheLint(BpmnModelInstance model) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<Deployer> all = configuration.getDeployers();
        assertThat(all).anyMatch(LintBeforeDeploying.class::isInstance);
        configuration.getDeploymentCache().setDeployers(all.stream()
                .filter(deployer -> !(deployer instanceof LintBeforeDeploying)).toList());
        try {
            ChangeIntake.atOnce(() -> repositoryService.createDeployment().name(key)
                    .addModelInstance(key + ".bpmn", model).deploy());
        } finally {
            configuration.getDeploymentCache().setDeployers(all);
        }
    }
}
