package io.engineroom.assist;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.SopTestModels;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A suggestion is history of its task: it gets the removal time its task's instance gets from the brand's retention
 * when the instance ends, and the history cleanup removes one brand's expired suggestions while the other's stay.
 */
@EngineRoomIntegrationTest
class SuggestionRetentionTest {

    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    String key;
    Optional<Integer> northwindBefore;
    Optional<Integer> beanleafBefore;

    @BeforeEach
    void deployAndRemember() {
        key = "assist-retention-" + UUID.randomUUID().toString().substring(0, 8);
        // Start → Draft (a user task with a form, as the lint wants) → End, live at once as a fixture
        SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, false, Role.COPYWRITER.groupId()));
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
    void suggestionsTakeTheirInstancesRemovalTimeAndTheCleanupRemovesOnlyTheExpiredBrands() throws Exception {
        try (var admin = SignedIn.as(users, "admin")) {
            brands.setHistoryRetentionDays("northwind", 2);
            brands.setHistoryRetentionDays("beanleaf", 3650);
        }
        // The work ends five days ago (the clock moved back, not forward: moving it forward would expire the
        // history of every other test in the shared database too): Northwind's two days are over, Bean & Leaf's
        // ten years are not.
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(5))));
        String northwind = runtimeService.startProcessInstanceByKey(key, Map.of("brand", "northwind")).getId();
        String beanleaf = runtimeService.startProcessInstanceByKey(key, Map.of("brand", "beanleaf")).getId();
        String northwindTask = task(northwind);
        String beanleafTask = task(beanleaf);
        long northwindSuggestion = suggest("northwind", northwindTask);
        long beanleafSuggestion = suggest("beanleaf", beanleafTask);
        long running = suggest("northwind", "no-such-task-" + key);
        assertThat(removalTime(northwindSuggestion)).as("while the instance runs").isNull();
        taskService.complete(northwindTask);
        taskService.complete(beanleafTask);
        // a draft that came back only after the person had completed the task, and so the instance
        long late = suggest("northwind", northwindTask);
        ClockUtil.reset();

        assertThat(removalTime(northwindSuggestion)).isEqualTo(instance(northwind).getRemovalTime().toInstant())
                .isEqualTo(instance(northwind).getEndTime().toInstant().plus(Duration.ofDays(2)));
        assertThat(removalTime(beanleafSuggestion)).isEqualTo(instance(beanleaf).getRemovalTime().toInstant())
                .isEqualTo(instance(beanleaf).getEndTime().toInstant().plus(Duration.ofDays(3650)));
        assertThat(removalTime(late)).isNull();

        Job cleanup = historyService.cleanUpHistoryAsync(true);
        try {
            managementService.executeJob(cleanup.getId());
        } catch (ProcessEngineException takenByTheJobExecutor) {
            // the job executor may run the job first: the wait below covers both
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (exists(northwindSuggestion) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }

        assertThat(exists(northwindSuggestion)).as("Northwind's expired suggestion").isFalse();
        assertThat(exists(late)).as("the late one goes with its task's history").isFalse();
        assertThat(exists(beanleafSuggestion)).as("Bean & Leaf's, kept ten years").isTrue();
        assertThat(exists(running)).as("one whose task is still open").isTrue();
    }

    private String task(String instanceId) {
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    private HistoricProcessInstance instance(String instanceId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    }

    /** As the drafting records it (its own transaction, the prompt and the model's text). */
    private long suggest(String brand, String taskId) {
        jdbc.update("insert into ai_suggestion (brand_id, kind, task_id, task_key, business_key, model, prompt, "
                + "output, outcome, requested_by, requested_at) values (?, 'CAPTION', ?, 'WriteCopy', ?, "
                + "'test-model', 'a prompt', 'a caption', 'DRAFTED', 'copywriter', ?)", brand, taskId,
                "content:" + key, Timestamp.from(ClockUtil.getCurrentTime().toInstant()));
        List<Long> ids = jdbc.queryForList("select id from ai_suggestion where task_id = ? order by id desc",
                Long.class, taskId);
        return ids.get(0);
    }

    private Instant removalTime(long id) {
        Timestamp at = jdbc.queryForObject("select removal_time from ai_suggestion where id = ?", Timestamp.class,
                id);
        return at == null ? null : at.toInstant();
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("select count(*) from ai_suggestion where id = ?", Integer.class, id) == 1;
    }
}
