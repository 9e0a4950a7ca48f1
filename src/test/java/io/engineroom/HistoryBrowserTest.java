package io.engineroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.engineroom.content.ContentService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.TaskInbox;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor's history end to end in a real Chromium: a content item runs the real content-approval SOP, the
 * social manager writes its brief; the auditor finds the instance on the History screen by its business record,
 * opens it, and bpmn-js draws the deployed model with the path actually taken marked (the start, the brief and
 * the flows between), "Write copy" marked as open now and the brief's count badge, next to a timeline naming who
 * wrote the brief.
 */
@EngineRoomIntegrationTest
class HistoryBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1600, 1100).screenshotsPrefixed("history-");

    @Autowired
    ContentService content;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    UserDirectory users;

    @Test
    void theAuditorSeesThePathTheInstanceTookOnItsDiagram() {
        String title = "Harvest story " + System.nanoTime();
        long item;
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            item = content.plan("beanleaf", title);
            inbox.complete(openTask(item).getId(), Map.of("title", title, "objective", "engagement",
                    "keyMessage", "From the farm to your cup"), ZoneOffset.UTC);
        }
        Task writeCopy = openTask(item);
        assertThat(writeCopy.getTaskDefinitionKey()).isEqualTo("WriteCopy");

        browser.logIn("auditor");
        Page page = browser.page();
        page.navigate(browser.baseUrl() + "/history");
        // the theme's stylesheet is loaded (the shell's title takes its weight from a class, not an inline style)
        assertThat(page.locator(".er-shell__title")).hasCSS("font-weight", "600");
        page.locator("#history-key input").fill("content:" + item);
        Locator row = page.locator("#history-grid").getByText("content:" + item, new Locator.GetByTextOptions()
                .setExact(true));
        row.click();

        Locator diagram = page.locator("#instance-diagram");
        assertThat(diagram).hasAttribute("data-rendered", "true");
        Set<String> taken = idsOf(diagram.locator("g.djs-element.er-taken"));
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(writeCopy.getProcessDefinitionId());
        // passed: the start, the sub-process it entered, the brief, and the copy it waits in now; not the reviews
        assertThat(taken).contains("ContentPlanned", "GetApproved", "ApprovalStarted", "WriteBrief", "WriteCopy")
                .doesNotContain("BrandReview", "LegalReview", "ClientSignOff");
        // the flows the instance took: out of the start, and out of the brief towards the copy
        assertThat(taken).contains(onlyFlowOutOf(model, "ContentPlanned"));
        assertThat(flowsOutOf(model, "WriteBrief")).anyMatch(taken::contains);
        assertThat(idsOf(diagram.locator("g.djs-connection.er-taken"))).isNotEmpty()
                .allMatch(id -> model.getModelElementById(id) instanceof SequenceFlow);
        // open now: the copy, the sub-process around it, and the join where the visual branch (none asked) waits
        assertThat(idsOf(diagram.locator("g.djs-element.er-active")))
                .containsExactlyInAnyOrder("WriteCopy", "GetApproved", "PiecesReady");
        assertThat(diagram.locator(".er-count[data-element-id='WriteBrief']")).hasText("1");
        assertThat(page.locator("#instance-timeline")).containsText("social-manager");
        browser.screenshot("instance");
    }

    private Task openTask(long item) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }

    private static String onlyFlowOutOf(BpmnModelInstance model, String nodeId) {
        List<String> flows = flowsOutOf(model, nodeId);
        assertThat(flows).hasSize(1);
        return flows.get(0);
    }

    private static List<String> flowsOutOf(BpmnModelInstance model, String nodeId) {
        FlowNode node = model.getModelElementById(nodeId);
        return node.getOutgoing().stream().map(SequenceFlow::getId).toList();
    }

    private static Set<String> idsOf(Locator elements) {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) elements.evaluateAll("nodes => nodes.map(n => n.dataset.elementId)");
        return new HashSet<>(ids);
    }
}
