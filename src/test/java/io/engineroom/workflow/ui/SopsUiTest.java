package io.engineroom.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.MigrationPreview.InstanceCheck;
import io.engineroom.workflow.MigrationReport.Outcome;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopSummary;
import io.engineroom.workflow.SopTestModels;
import io.engineroom.workflow.SopVersion;
import io.engineroom.workflow.change.ChangeIntake;
import io.engineroom.workflow.change.SopChangeTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The SOPs screen on the real application with test-only SOP keys, driven with Karibu-Testing. Fixture versions go
 * live at once ({@link ChangeIntake#atOnce}); the screen under change control is SopsChangeControlUiTest's.
 */
@EngineRoomIntegrationTest
class SopsUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    SopChangeTable changes;

    UiSession session;
    String key;
    final List<String> started = new ArrayList<>();
    /** Deployments whose review the test leaves open: ended afterwards, or they sit in managers' inboxes. */
    final List<String> reviews = new ArrayList<>();

    @BeforeEach
    void aTestKey() {
        key = "sops-test-ui-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
        // the test instances' user tasks would otherwise stay in legal's inbox for every later test
        List<String> running = started.stream().filter(id -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(id).count() > 0).toList();
        runtimeService.deleteProcessInstances(running, "test over", true, true);
        reviews.forEach(deployment -> changes.findByDeployment(deployment).map(SopChange::reviewInstanceId)
                .filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .ifPresent(id -> runtimeService.deleteProcessInstance(id, "test over")));
    }

    @Test
    void theListShowsEverySopWithItsDriftAndTheChosenOnesVersions() {
        fixture(SopTestModels.model(key, false, "legal"));
        SopsView view = open("social-manager");

        assertThat(rows(view.list)).extracting(SopSummary::key).contains("content-approval", "approval-stages", key);
        assertThat(driftBadge(view, "content-approval")).isEqualTo("in sync");
        assertThat(driftBadge(view, key)).isEqualTo("deployed but not in folder");

        view.list.select(summary(view, "content-approval"));

        List<SopVersion> versions = rows(view.versions);
        assertThat(versions).isNotEmpty().allSatisfy(version -> assertThat(version.key()).isEqualTo("content-approval"));
        assertThat(versions.get(versions.size() - 1).deployedBy()).isEqualTo("Engine Room (at start-up)");
        assertThat(versions.get(versions.size() - 1).source()).isEqualTo("processes folder");
    }

    @Test
    void compareShowsTheChangedElement() {
        fixture(SopTestModels.model(key, false, "legal"));
        fixture(SopTestModels.model(key, false, "brand-reviewer"));
        SopsView view = open("social-manager");
        view.list.select(summary(view, key));

        _click(button(GridKt._getCellComponent(view.versions, 0, "actions"), "compare-2"));

        assertThat(_get(Span.class, spec -> spec.withId("sops-diff-summary")).getText()).isEqualTo("1 changed");
        @SuppressWarnings("unchecked")
        Grid<ElementChange> changes = _get(Grid.class, spec -> spec.withId("sops-diff-changes"));
        assertThat(rows(changes)).singleElement().satisfies(change -> {
            assertThat(change.elementId()).isEqualTo("Draft");
            assertThat(change.details()).containsExactly("camunda:candidateGroups: legal → brand-reviewer");
        });
    }

    @Test
    void migrationShowsThePreviewAndThenTheReport() {
        fixture(SopTestModels.model(key, true, "legal"));
        ProcessInstance atDraft = start();
        ProcessInstance atCheck = start();
        taskService.complete(taskService.createTaskQuery().processInstanceId(atCheck.getId()).singleResult().getId());
        fixture(SopTestModels.model(key, false, "legal"));
        SopsView view = open("social-manager");
        view.list.select(summary(view, key));
        assertThat(rows(view.versions)).extracting(SopVersion::version, SopVersion::runningInstances)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 0L), org.assertj.core.groups.Tuple.tuple(1, 2L));

        _click(button(GridKt._getCellComponent(view.versions, 1, "actions"), "migrate-1"));

        @SuppressWarnings("unchecked")
        Grid<InstanceCheck> preview = _get(Grid.class, spec -> spec.withId("sops-migration-preview"));
        assertThat(rows(preview)).extracting(InstanceCheck::instanceId, InstanceCheck::canMove)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(atDraft.getId(), true),
                        org.assertj.core.groups.Tuple.tuple(atCheck.getId(), false));
        Button confirm = _get(Button.class, spec -> spec.withId("sops-migration-confirm"));
        assertThat(confirm.getText()).isEqualTo("Migrate 1 of 2 instance(s)");

        _click(confirm);

        assertThat(_get(Span.class, spec -> spec.withId("sops-migration-summary")).getText())
                .isEqualTo("1 moved to v2, 1 not moved");
        @SuppressWarnings("unchecked")
        Grid<Outcome> report = _get(Grid.class, spec -> spec.withId("sops-migration-report"));
        assertThat(rows(report)).filteredOn(outcome -> !outcome.moved()).singleElement().satisfies(outcome -> {
            assertThat(outcome.instanceId()).isEqualTo(atCheck.getId());
            assertThat(outcome.reasons()).anySatisfy(reason -> assertThat(reason).startsWith("Check:"));
        });
        assertThat(rows(view.versions)).extracting(SopVersion::runningInstances).containsExactly(1L, 1L);
    }

    @Test
    void anUploadTheEngineRefusesShowsWhyNextToTheUpload() {
        SopsView view = open("social-manager");
        _upload(_get(Upload.class, spec -> spec.withId("sops-upload")), key + ".bpmn", "application/xml",
                SopTestModels.withoutImplementation(key).getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        assertThat(_get(Span.class, spec -> spec.withId("sops-upload-files")).getText())
                .isEqualTo("To deploy: " + key + ".bpmn");

        _click(_get(Button.class, spec -> spec.withId("sops-deploy")));

        Span error = _get(Span.class, spec -> spec.withId("sops-upload-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Nothing deployed").contains("NoImplementation");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(rows(view.list)).extracting(SopSummary::key).doesNotContain(key);
    }

    @Test
    void theLintsProblemsShowBeforeDeployingAndNothingDeploys() {
        SopsView view = open("social-manager");
        Upload upload = _get(Upload.class, spec -> spec.withId("sops-upload"));
        // a candidate group nobody has: the lint names the task before anyone presses Deploy
        for (Map.Entry<String, byte[]> file : SopTestModels.files(key, SopTestModels.model(key, false, "lawyers"))
                .entrySet()) {
            _upload(upload, file.getKey(), "application/octet-stream", file.getValue());
            MockVaadin.clientRoundtrip();
        }

        Span error = _get(Span.class, spec -> spec.withId("sops-upload-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Fix these problems before deploying").contains("'Draft'")
                .contains("lawyers");

        assertThat(_get(Button.class, spec -> spec.withId("sops-deploy")).isEnabled()).isFalse();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(rows(view.list)).extracting(SopSummary::key).doesNotContain(key);
    }

    @Test
    void anUploadedModelWithItsFormDeploysAsThePersonFromTheUi() {
        SopsView view = open("social-manager");
        Upload upload = _get(Upload.class, spec -> spec.withId("sops-upload"));
        for (Map.Entry<String, byte[]> file : SopTestModels.files(key, SopTestModels.model(key, false, "legal"))
                .entrySet()) {
            _upload(upload, file.getKey(), "application/octet-stream", file.getValue());
            MockVaadin.clientRoundtrip();
        }

        _click(_get(Button.class, spec -> spec.withId("sops-deploy")));

        assertThat(_get(Span.class, spec -> spec.withId("sops-upload-result")).getText())
                .isEqualTo("Deployed " + key + " v1 for Bean & Leaf Coffee: waits for review by another SOP owner of "
                        + "Bean & Leaf Coffee");
        view.list.select(summary(view, key));
        assertThat(rows(view.versions)).singleElement().satisfies(version -> {
            assertThat(version.deployedBy()).isEqualTo("social-manager");
            assertThat(version.source()).isEqualTo("Engine Room UI");
            assertThat(version.brandId()).isEqualTo("beanleaf");
            assertThat(version.status()).isEqualTo(SopVersion.Status.IN_REVIEW);
            reviews.add(version.deploymentId());
        });
    }

    @Test
    void aCopywriterCannotOpenTheScreen() {
        session = UiSession.signIn(context, users, "copywriter");
        UI.getCurrent().navigate(SopsView.class);
        assertThatThrownBy(() -> _get(SopsView.class)).isInstanceOf(AssertionError.class);
    }

    /** A fixture version, live at once: these tests are about the screen, not the review (SopsChangeControlUiTest). */
    private void fixture(String xml) {
        ChangeIntake.atOnce(() -> SopTestModels.deploy(repositoryService, key, xml));
    }

    private SopsView open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(SopsView.class);
        return _get(SopsView.class);
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(key, key + ":" + UUID.randomUUID(),
                Map.of("brand", "northwind"));
        started.add(instance.getId());
        return instance;
    }

    private static SopSummary summary(SopsView view, String sopKey) {
        return rows(view.list).stream().filter(sop -> sop.key().equals(sopKey)).findFirst().orElseThrow();
    }

    /** The text of the drift badge in the SOP's row (a component column: rendered by Karibu on request). */
    private static String driftBadge(SopsView view, String sopKey) {
        int row = rows(view.list).indexOf(summary(view, sopKey));
        Component cell = GridKt._getCellComponent(view.list, row, "drift");
        Span badge = cell instanceof Span span ? span : _get(cell, Span.class, spec -> spec.withId("drift-" + sopKey));
        assertThat(badge.getId()).hasValue("drift-" + sopKey);
        return badge.getText();
    }

    private static Button button(Component actions, String id) {
        return _get(actions, Button.class, spec -> spec.withId(id));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }
}
