package io.engineroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.change.SopChangeTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review of an SOP change in a real browser: one Bean &amp; Leaf social manager deploys the brand's own
 * content-approval with a sequence flow renamed (as Camunda Modeler would), another opens the review from My work,
 * reads who proposed it and the element diff that names the renamed flow, and approves it; the brand then runs it.
 */
@EngineRoomIntegrationTest
class SopChangeReviewBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1440, 1000).screenshotsPrefixed("sop-change-");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    SopChangeTable changes;
    @Autowired
    LiveSops live;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    @Test
    void anotherManagerOfTheBrandSeesTheDiffInTheReviewTaskAndApprovesIt() throws IOException {
        String proposer = TestUsers.ensure(users, brands, "browser-proposer-beanleaf", Role.SOCIAL_MANAGER,
                "beanleaf");
        String reviewer = TestUsers.ensure(users, brands, "browser-reviewer-beanleaf", Role.SOCIAL_MANAGER,
                "beanleaf");
        DeploymentWithDefinitions deployment = deployWithRenamedFlow(proposer);
        ProcessDefinition proposed = deployment.getDeployedProcessDefinitions().get(0);
        long changeId = changes.findByDeployment(deployment.getId()).orElseThrow().id();
        Page page = browser.page();

        browser.logIn(reviewer, TestUsers.PASSWORD);
        page.waitForURL(browser.baseUrl() + "/");
        Locator row = page.locator("#inbox vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("SOP change " + changeId + ":"));
        assertThat(row).hasCount(1);
        row.dblclick();
        page.waitForURL(Pattern.compile(".*/task/[^/]+$"));

        assertThat(page.locator("#sop-change-summary")).containsText("Proposed by: " + proposer);
        assertThat(page.locator("#sop-change-summary")).containsText("For: Bean & Leaf Coffee");
        Locator diff = page.locator("#sop-change-diff-content-approval");
        assertThat(diff.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("Flow_BriefWritten"))).not().hasCount(0);
        assertThat(diff.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("Flow_BriefDone"))).not().hasCount(0);
        assertThat(page.locator("#sop-change-lint")).hasText("No problems");
        assertThat(page.locator("#sop-change-migration")).containsText(Pattern.compile(
                "content-approval (shared|beanleaf) v\\d+ → beanleaf v\\d+: \\d+ of \\d+ running instances could move"));
        browser.screenshot("review-task");

        page.locator("#field-reviewDecision").getByLabel("Approve: it takes effect now").check();
        page.locator("#complete-task").click();
        page.waitForURL(browser.baseUrl() + "/");
        assertThat(page.locator("vaadin-notification-card").filter(
                new Locator.FilterOptions().setHasText("Task completed"))).isVisible();
        assertThat(row).hasCount(0);

        assertThat(changes.find(changeId).orElseThrow().status()).isEqualTo(SopChangeStatus.APPROVED);
        assertThat(changes.find(changeId).orElseThrow().reviewedBy()).isEqualTo(reviewer);
        assertThat(live.process("content-approval", "beanleaf")).map(ProcessDefinition::getId)
                .contains(proposed.getId());
    }

    /** Bean &amp; Leaf's own content-approval with one sequence flow's id changed, deployed as the person. */
    private DeploymentWithDefinitions deployWithRenamedFlow(String proposer) throws IOException {
        String model = Files.readString(Path.of("processes/content-approval.bpmn"), StandardCharsets.UTF_8)
                .replace("Flow_BriefDone", "Flow_BriefWritten");
        DeploymentBuilder builder = repositoryService.createDeployment().name("review-browser-test")
                .tenantId("beanleaf").source("Camunda Modeler").addString("content-approval.bpmn", model);
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                builder.addString(form.getFileName().toString(), Files.readString(form, StandardCharsets.UTF_8));
            }
        }
        identityService.setAuthentication(proposer, List.of(Role.SOCIAL_MANAGER.groupId()), List.of("beanleaf"));
        try {
            return builder.deployWithResult();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
