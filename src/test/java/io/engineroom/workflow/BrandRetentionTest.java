package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.change.ChangeIntake;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each brand keeps its history as long as its admin set: a finished instance's removal time is its end plus the
 * brand's days, and the history cleanup removes one brand's expired history while the other's stays.
 */
@EngineRoomIntegrationTest
class BrandRetentionTest {

    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    String key;
    Optional<Integer> northwindBefore;
    Optional<Integer> beanleafBefore;

    @BeforeEach
    void deployAndRemember() {
        key = "guards-retention-" + UUID.randomUUID().toString().substring(0, 8);
        // a fixture, not an SOP change under test: live at once instead of waiting for a review
        ChangeIntake.atOnce(() -> repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).name("Retention test").camundaHistoryTimeToLive(30)
                        .startEvent("Start").name("Start").endEvent("End").name("End").done()).deploy());
        try (var admin = SignedIn.as(users, "admin")) {
            northwindBefore = brands.historyRetentionDays("northwind");
            beanleafBefore = brands.historyRetentionDays("beanleaf");
        }
    }

    @AfterEach
    void putBack() {
        ClockUtil.reset();
        try (var admin = SignedIn.as(users, "admin")) {
            brands.setHistoryRetentionDays("northwind", northwindBefore.orElse(null));
            brands.setHistoryRetentionDays("beanleaf", beanleafBefore.orElse(null));
        }
    }

    @Test
    void finishedInstancesGetTheirBrandsRemovalTimeAndTheCleanupRemovesOnlyTheExpired() throws Exception {
        try (var admin = SignedIn.as(users, "admin")) {
            brands.setHistoryRetentionDays("northwind", 2);
            brands.setHistoryRetentionDays("beanleaf", 3650);
        }
        // The instances end five days ago (the clock moved back, not forward: moving it forward would expire the
        // history of every other test in the shared database too). Northwind's two days are then over, Bean &
        // Leaf's ten years are not.
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(5))));
        String northwind = runtimeService.startProcessInstanceByKey(key, Map.of("brand", "northwind")).getId();
        String beanleaf = runtimeService.startProcessInstanceByKey(key, Map.of("brand", "beanleaf")).getId();
        ClockUtil.reset();

        assertRemovalTime(northwind, Duration.ofDays(2));
        assertRemovalTime(beanleaf, Duration.ofDays(3650));

        Job cleanup = historyService.cleanUpHistoryAsync(true);
        try {
            managementService.executeJob(cleanup.getId());
        } catch (ProcessEngineException takenByTheJobExecutor) {
            // the job executor may run the job first: the wait below covers both
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (count(northwind) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }

        assertThat(count(northwind)).isZero();
        assertThat(count(beanleaf)).isOne();
    }

    @Test
    void withoutABrandSettingTheSopsOwnTimeToLiveApplies() {
        try (var admin = SignedIn.as(users, "admin")) {
            brands.setHistoryRetentionDays("northwind", null);
        }
        String northwind = runtimeService.startProcessInstanceByKey(key, Map.of("brand", "northwind")).getId();

        assertRemovalTime(northwind, Duration.ofDays(30));
    }

    @Test
    void onlyAdminsSetRetentionAndOnlyFromOneDayToTenYears() {
        try (var manager = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> brands.setHistoryRetentionDays("northwind", 30))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var admin = SignedIn.as(users, "admin")) {
            assertThatThrownBy(() -> brands.setHistoryRetentionDays("northwind", 0)).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems()).containsKey("historyRetentionDays"));
            assertThatThrownBy(() -> brands.setHistoryRetentionDays("northwind", 3651))
                    .isInstanceOf(InvalidInput.class);
            assertThat(brands.historyRetentionDays("northwind")).isEqualTo(northwindBefore);
        }
    }

    private void assertRemovalTime(String instanceId, Duration retention) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult();
        assertThat(instance.getEndTime()).isNotNull();
        assertThat(instance.getRemovalTime().toInstant()).isEqualTo(instance.getEndTime().toInstant().plus(retention));
    }

    private long count(String instanceId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count();
    }
}
