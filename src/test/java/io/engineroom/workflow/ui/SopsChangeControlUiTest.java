package io.engineroom.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.ReviewSopChange;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.BrandSopVersion;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopDeployTarget;
import io.engineroom.workflow.SopSummary;
import io.engineroom.workflow.SopTestModels;
import io.engineroom.workflow.SopVersion;
import io.engineroom.workflow.SopVersions;
import io.engineroom.workflow.change.ChangeIntake;
import io.engineroom.workflow.change.SopChangeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The SOPs screen under change control, driven with Karibu-Testing on the real application: whose version a
 * deployment is, that it waits for review and says so, which brand runs which version after a review, and an
 * administrator's emergency activation with a written reason.
 */
@EngineRoomIntegrationTest
class SopsChangeControlUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    SopVersions sops;
    @Autowired
    SopChangeTable changes;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    EngineIdentity engineIdentity;

    UiSession session;
    String key;
    String proposer;
    String reviewer;
    final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void setUp() {
        key = "sops-test-cc-" + UUID.randomUUID().toString().substring(0, 8);
        proposer = TestUsers.ensure(users, brands, "sops-proposer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        reviewer = TestUsers.ensure(users, brands, "sops-reviewer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
        // reviews left open would sit in every Bean & Leaf manager's inbox for the later tests
        deployments.forEach(deployment -> changes.findByDeployment(deployment)
                .filter(change -> change.status() == SopChangeStatus.IN_REVIEW)
                .map(SopChange::reviewInstanceId)
                .filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .ifPresent(id -> runtimeService.deleteProcessInstance(id, "test over")));
    }

    @Test
    void administratorsMayDeployTheSharedVersionAndABrandsManagerOnlyForTheirBrand() {
        SopsView asAdmin = open("admin");
        assertThat(choices(asAdmin)).extracting(SopDeployTarget::label)
                .startsWith("Shared (all brands)").contains("Bean & Leaf Coffee", "Northwind Bank");
        assertThat(asAdmin.upload.brand.getValue()).isEqualTo(SopDeployTarget.SHARED);
        session.close();

        SopsView asManager = open(proposer);
        assertThat(choices(asManager)).extracting(SopDeployTarget::brandId, SopDeployTarget::label)
                .containsExactly(tuple("beanleaf", "Bean & Leaf Coffee"));
    }

    @Test
    void theLintBeforeDeployingLooksForDecisionsLiveForTheChosenBrand() {
        String decision = key + "-tone";
        // a decision only Bean & Leaf runs (live at once: this test is about the lint, not the review)
        ChangeIntake.atOnce(() -> repositoryService.createDeployment().tenantId("beanleaf")
                .addString(decision + ".dmn", toneTable(decision)).deploy());
        SopsView view = open("admin");
        view.upload.brand.setValue(choices(view).stream().filter(target -> "beanleaf".equals(target.brandId()))
                .findFirst().orElseThrow());
        Upload upload = _get(Upload.class, spec -> spec.withId("sops-upload"));
        _upload(upload, key + ".bpmn", "application/octet-stream", decidingModel(decision));
        MockVaadin.clientRoundtrip();

        Span error = view.upload.error;
        assertThat(error.getText()).doesNotContain(decision);

        view.upload.brand.setValue(SopDeployTarget.SHARED);

        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains(decision).contains("is not live as a shared decision");
        assertThat(_get(Button.class, spec -> spec.withId("sops-deploy")).isEnabled()).isFalse();
    }

    @Test
    void aBrandTheManagerDoesNotManageIsRefusedWithAMessageAndNothingDeploys() {
        SopsView view = open(proposer);
        uploadModel(view);
        // as a tampered request would: a brand the screen never offered this manager
        SopDeployTarget northwind = new SopDeployTarget("northwind", "Northwind Bank");
        view.upload.brand.setItems(northwind);
        view.upload.brand.setValue(northwind);

        _click(_get(Button.class, spec -> spec.withId("sops-deploy")));

        Span error = _get(Span.class, spec -> spec.withId("sops-upload-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Nothing deployed: You deploy SOPs only for the brands you manage; "
                + "northwind is not one of them");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void aDeploymentFromTheScreenWaitsForReviewAndTheScreenSaysSo() {
        SopsView view = open(proposer);
        uploadModel(view);

        _click(_get(Button.class, spec -> spec.withId("sops-deploy")));

        assertThat(_get(Span.class, spec -> spec.withId("sops-upload-result")).getText()).isEqualTo("Deployed "
                + key + " v1 for Bean & Leaf Coffee: waits for review by another SOP owner of Bean & Leaf Coffee");
        SopSummary summary = rows(view.list).stream().filter(sop -> sop.key().equals(key)).findFirst().orElseThrow();
        deployments.add(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult()
                .getDeploymentId());
        assertThat(summary.liveVersion()).isNull();
        assertThat(cellText(view.list, rows(view.list).indexOf(summary), "live", "sops-waiting-" + key))
                .isEqualTo("1 waits for review");
        view.list.select(summary);
        assertThat(rows(view.versions)).singleElement().satisfies(version -> {
            assertThat(version.brandId()).isEqualTo("beanleaf");
            assertThat(version.status()).isEqualTo(SopVersion.Status.IN_REVIEW);
        });
        assertThat(cellText(view.versions, 0, "status", "sops-version-status-beanleaf-1"))
                .isEqualTo("waits for review (proposed by " + proposer + ")");
    }

    @Test
    void aSharedDeploymentByAnAdministratorWaitsForAnotherAdministrator() {
        SopsView view = open("admin");
        uploadModel(view);

        _click(_get(Button.class, spec -> spec.withId("sops-deploy")));

        assertThat(_get(Span.class, spec -> spec.withId("sops-upload-result")).getText()).isEqualTo("Deployed "
                + key + " v1 as the shared version: waits for review by another administrator");
        deployments.add(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult()
                .getDeploymentId());
    }

    @Test
    void afterItsReviewTheBrandRunsItsOwnVersionAndTheOtherBrandsTheSharedOne() {
        ChangeIntake.atOnce(() -> SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, false,
                "legal")));
        SopVersion proposed = deployAs(proposer, "beanleaf");
        approve(proposed, reviewer);

        SopsView view = open("admin");
        view.list.select(rows(view.list).stream().filter(sop -> sop.key().equals(key)).findFirst().orElseThrow());

        List<BrandSopVersion> rows = rows(view.brandVersions);
        assertThat(rows).filteredOn(row -> row.brandId() == null || List.of("beanleaf", "northwind")
                .contains(row.brandId())).extracting(BrandSopVersion::brandName, SopBrandVersionsGrid::runs,
                        SopBrandVersionsGrid::pending)
                .containsExactly(tuple("Bean & Leaf Coffee", "own v1", ""), tuple("Northwind Bank", "shared v1", ""),
                        tuple("Shared (brands without their own)", "shared v1", ""));
        assertThat(rows(view.versions)).extracting(SopVersion::brandId, SopVersion::status)
                .containsExactly(tuple("beanleaf", SopVersion.Status.LIVE), tuple(null, SopVersion.Status.LIVE));
    }

    @Test
    void aBrandsVersionWaitingForReviewShowsBesideTheSharedOneItsBrandStillRuns() {
        ChangeIntake.atOnce(() -> SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, false,
                "legal")));
        deployAs(proposer, "beanleaf");

        SopsView view = open(reviewer);
        view.list.select(rows(view.list).stream().filter(sop -> sop.key().equals(key)).findFirst().orElseThrow());

        assertThat(rows(view.brandVersions)).extracting(BrandSopVersion::brandName, SopBrandVersionsGrid::runs,
                SopBrandVersionsGrid::pending)
                .containsExactly(tuple("Bean & Leaf Coffee", "shared v1", "v1 waits for review (proposed by "
                        + proposer + ")"), tuple("Shared (brands without their own)", "shared v1", ""));
    }

    @Test
    void anAdministratorActivatesAChangeAtOnceOnlyWithAWrittenReason() {
        SopVersion proposed = deployAs(proposer, "beanleaf");
        SopChange change = changes.findByDeployment(proposed.deploymentId()).orElseThrow();
        SopsView view = open("admin");
        int row = rowOf(view.changes, change.id());
        assertThat(cellText(view.changes, row, "status", "sops-change-status-" + change.id()))
                .isEqualTo("waits for review");

        _click(_get(GridKt._getCellComponent(view.changes, row, "actions"), Button.class,
                spec -> spec.withId("sops-change-activate-" + change.id())));
        _click(_get(Button.class, spec -> spec.withId("sops-activate-confirm")));

        TextArea reason = _get(TextArea.class, spec -> spec.withId("sops-activate-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Write why this change cannot wait for its review");
        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.IN_REVIEW);

        reason.setValue("The review SOP is down and the legal wording must change today");
        _click(_get(Button.class, spec -> spec.withId("sops-activate-confirm")));

        SopChange activated = changes.find(change.id()).orElseThrow();
        assertThat(activated.status()).isEqualTo(SopChangeStatus.EMERGENCY);
        assertThat(activated.activatedBy()).isEqualTo("admin");
        assertThat(activated.emergencyReason()).startsWith("The review SOP is down");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(change.reviewInstanceId()).count())
                .isZero();
        assertThat(_find(TextArea.class, spec -> spec.withId("sops-activate-reason"))).isEmpty();
        int after = rowOf(view.changes, change.id());
        Span badge = _get(GridKt._getCellComponent(view.changes, after, "status"), Span.class,
                spec -> spec.withId("sops-change-status-" + change.id()));
        assertThat(badge.getText()).isEqualTo("activated in an emergency");
        assertThat(badge.getElement().getThemeList()).anySatisfy(theme -> assertThat(theme).contains("error"));
        assertThat(badge.getElement().getAttribute("title")).contains("The review SOP is down");
    }

    @Test
    void aSocialManagerSeesTheChangeButNoEmergencyActivation() {
        SopVersion proposed = deployAs(proposer, "beanleaf");
        SopChange change = changes.findByDeployment(proposed.deploymentId()).orElseThrow();

        SopsView view = open(reviewer);

        int row = rowOf(view.changes, change.id());
        assertThat(rows(view.changes).get(row).proposer()).isEqualTo(proposer);
        assertThat(SopChangesGrid.models(rows(view.changes).get(row))).isEqualTo(key + " v1 (new)");
        assertThat(cellText(view.changes, row, "status", "sops-change-status-" + change.id()))
                .isEqualTo("waits for review");
        assertThat(_find(GridKt._getCellComponent(view.changes, row, "actions"), Button.class)).isEmpty();
    }

    /** A process whose one step decides by {@code decision}. */
    private byte[] decidingModel(String decision) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://test">
                  <bpmn:process id="%s" name="Decides the tone" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="Start" name="Start"/>
                    <bpmn:businessRuleTask id="Tone" name="Decide the tone" camunda:decisionRef="%s"
                        camunda:mapDecisionResult="singleEntry" camunda:resultVariable="tone"/>
                    <bpmn:endEvent id="End" name="End"/>
                    <bpmn:sequenceFlow id="ToTone" sourceRef="Start" targetRef="Tone"/>
                    <bpmn:sequenceFlow id="ToEnd" sourceRef="Tone" targetRef="End"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, decision).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String toneTable(String decision) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="ToneDefs" name="Tone" namespace="http://test">
                  <decision id="%s" name="Tone" camunda:historyTimeToLive="P1D">
                    <decisionTable id="ToneTable" hitPolicy="FIRST">
                      <input id="Score" label="Score"><inputExpression id="ScoreExpr" typeRef="integer"><text>score</text>
                      </inputExpression></input>
                      <output id="ToneOut" name="tone" typeRef="string"/>
                      <rule id="Warm"><inputEntry id="WarmIn"><text>&gt; 3</text></inputEntry>
                        <outputEntry id="WarmOut"><text>"warm"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(decision);
    }

    private SopsView open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(SopsView.class);
        return _get(SopsView.class);
    }

    private void uploadModel(SopsView view) {
        Upload upload = _get(Upload.class, spec -> spec.withId("sops-upload"));
        for (Map.Entry<String, byte[]> file : SopTestModels.files(key, SopTestModels.model(key, false, "legal"))
                .entrySet()) {
            _upload(upload, file.getKey(), "application/octet-stream", file.getValue());
            MockVaadin.clientRoundtrip();
        }
    }

    private SopVersion deployAs(String userId, String brand) {
        try (SignedIn signedIn = SignedIn.as(users, userId)) {
            SopVersion version = sops.deploy(SopTestModels.files(key, SopTestModels.model(key, false,
                    "brand-reviewer")), brand).get(0);
            deployments.add(version.deploymentId());
            return version;
        }
    }

    /** The review task, claimed and approved by the reviewer signed in to the engine, as the inbox does it. */
    private void approve(SopVersion version, String by) {
        ReviewSopChange.approve(taskService, engineIdentity, users,
                changes.findByDeployment(version.deploymentId()).orElseThrow(), by);
    }

    private static List<SopDeployTarget> choices(SopsView view) {
        return view.upload.brand.getListDataView().getItems().toList();
    }

    private static int rowOf(SopChangesGrid grid, long changeId) {
        List<SopChange> shown = rows(grid);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == changeId) {
                return i;
            }
        }
        throw new AssertionError("SOP change " + changeId + " is not listed");
    }

    /** The text of a span in a component cell (rendered by Karibu on request), found by its id. */
    private static String cellText(Grid<?> grid, int row, String column, String id) {
        Component cell = GridKt._getCellComponent(grid, row, column);
        Span span = cell instanceof Span own && id.equals(own.getId().orElse(null)) ? own
                : _get(cell, Span.class, spec -> spec.withId(id));
        return span.getText();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }
}
