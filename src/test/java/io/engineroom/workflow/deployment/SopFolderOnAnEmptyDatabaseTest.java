package io.engineroom.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.FirstRunIntegrationTest;
import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.change.ChangeIntake;
import io.engineroom.workflow.change.SopChangeTable;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team's first start, on its own empty PostgreSQL database: the SOP folder is its starting point, with nothing to
 * review it against, so it goes live at once, recorded as such, with no review and every timer start event in place.
 */
@FirstRunIntegrationTest
class SopFolderOnAnEmptyDatabaseTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    SopChangeTable changes;
    @Autowired
    LiveSops live;

    @Test
    void theFoldersFirstDeploymentIsLiveAtOnceWithoutAReview() {
        Deployment first = repositoryService.createDeploymentQuery().deploymentName(SopDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().asc().list().get(0);

        SopChange change = changes.findByDeployment(first.getId()).orElseThrow();
        assertThat(change.status()).isEqualTo(SopChangeStatus.AT_ONCE);
        assertThat(change.proposedBy()).isNull();
        assertThat(change.proposer()).isEqualTo(SopChange.AT_START_UP);
        assertThat(change.source()).isEqualTo(SopDeployer.DEPLOYMENT_SOURCE);
        assertThat(change.activatedAt()).isNotNull();
        assertThat(change.reviewInstanceId()).isNull();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ChangeIntake.REVIEW_SOP)
                .processInstanceBusinessKey(ChangeIntake.REVIEW_SOP + ":" + change.id()).count()).isZero();
        assertThat(change.models()).extracting(SopChangeModel::key).contains("content-approval", "approval-stages",
                "channel-health", "reporting-cadence", ChangeIntake.REVIEW_SOP);
        assertThat(change.models()).allSatisfy(model -> assertThat(model.replacesDefinitionId()).isNull());

        List<ProcessDefinition> processes = repositoryService.createProcessDefinitionQuery()
                .deploymentId(first.getId()).list();
        assertThat(processes).isNotEmpty().allSatisfy(process -> {
            assertThat(process.isSuspended()).as(process.getKey()).isFalse();
            assertThat(live.process(process.getKey(), null)).as(process.getKey()).map(ProcessDefinition::getId)
                    .contains(process.getId());
        });
        for (String timed : List.of("channel-health", "reporting-cadence")) {
            ProcessDefinition definition = processes.stream().filter(process -> process.getKey().equals(timed))
                    .findFirst().orElseThrow();
            assertThat(managementService.createJobQuery().processDefinitionId(definition.getId()).timers().active()
                    .list()).as(timed).extracting(Job::getExecutionId).containsOnlyNulls().isNotEmpty();
        }
    }
}
