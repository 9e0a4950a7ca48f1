package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.workflow.change.ChangeIntake;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A call activity calls the brand's live version of the called SOP, as business rule tasks do with decisions: a
 * brand's own version of the caller still finds the shared callee (Camunda's "latest" looks only in the caller's
 * tenant, which broke a brand's own content-approval calling the shared market-localization), and a brand's own
 * callee is preferred once there is one. Test-only keys, models that end at once, so no task is left behind.
 */
@EngineRoomIntegrationTest
class CalledSopBindingTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    void aBrandsOwnCallerCallsTheSharedCalleeAndTheBrandsOwnCalleeOnceItHasOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String callee = "sops-test-callee-" + suffix;
        String caller = "sops-test-caller-" + suffix;
        deploy(callee, endsAtOnce(callee), null);
        deploy(caller, calling(caller, callee), "beanleaf");

        ProcessDefinition calledFirst = calledBy(start(caller));

        assertThat(calledFirst.getKey()).isEqualTo(callee);
        assertThat(calledFirst.getTenantId()).as("the shared callee").isNull();

        deploy(callee, endsAtOnce(callee), "beanleaf");
        ProcessDefinition calledThen = calledBy(start(caller));

        assertThat(calledThen.getTenantId()).as("the brand's own callee").isEqualTo("beanleaf");
    }

    private String start(String caller) {
        return runtimeService.createProcessInstanceByKey(caller).processDefinitionTenantId("beanleaf").execute()
                .getId();
    }

    private ProcessDefinition calledBy(String callerInstanceId) {
        HistoricProcessInstance called = historyService.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(callerInstanceId).singleResult();
        assertThat(called).as("an instance called by %s", callerInstanceId).isNotNull();
        return repositoryService.getProcessDefinition(called.getProcessDefinitionId());
    }

    private void deploy(String key, String xml, String brand) {
        ChangeIntake.atOnce(() -> repositoryService.createDeployment().name("sops-test").tenantId(brand)
                .addString(key + ".bpmn", xml).deploy());
    }

    private static String endsAtOnce(String key) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key).name("SOP test " + key)
                .camundaHistoryTimeToLive(30).startEvent("Start").name("Start").endEvent("End").name("End").done());
    }

    private static String calling(String key, String callee) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key).name("SOP test " + key)
                .camundaHistoryTimeToLive(30).startEvent("Start").name("Start").callActivity("Call")
                .name("Call the callee").calledElement(callee).endEvent("End").name("End").done());
    }
}
