package io.engineroom.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link BpmnDiagram} in a real Chromium, on the test-only screen {@link BpmnDiagramTestView}: bpmn-js (from the
 * committed production bundle, as the jar serves it) draws {@code channel-health.bpmn}, the taken path is marked
 * on exactly the given shapes and sequence flows, the active step and the count badges show, a change after the
 * drawing updates it, and XML that is not BPMN gives {@code data-error} and a message on the screen.
 */
@EngineRoomIntegrationTest
class BpmnDiagramBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1400, 900).screenshotsPrefixed("diagram-");

    @Test
    void drawsTheDiagramWithTakenPathActiveStepAndCounts() {
        Page page = open("");
        Locator diagram = page.locator("#diagram");
        assertThat(diagram).hasAttribute("data-rendered", "true");
        assertThat(diagram).not().hasAttribute("data-error", java.util.regex.Pattern.compile(".*"));
        // bpmn-js drew the whole model: its six steps and four flows are there
        assertThat(diagram.locator("g.djs-shape[data-element-id='ReviveChannel']")).hasCount(1);
        assertThat(diagram.locator("g.djs-connection[data-element-id='Flow_Revived']")).hasCount(1);

        assertThat(idsOf(diagram.locator("g.djs-element.er-taken"))).containsExactlyInAnyOrder(
                "EveryMorning", "Flow_ToFind", "FindSilentChannels", "ChannelSilent", "Flow_ToRevive");
        assertThat(idsOf(diagram.locator("g.djs-connection.er-taken")))
                .containsExactlyInAnyOrder("Flow_ToFind", "Flow_ToRevive");
        assertThat(idsOf(diagram.locator("g.djs-element.er-active"))).containsExactly("ReviveChannel");
        assertThat(counts(diagram)).isEqualTo(Map.of("FindSilentChannels", "3", "ReviveChannel", "1"));
        // the badges are visible on the drawing, not only in the DOM
        assertThat(diagram.locator(".er-count[data-element-id='FindSilentChannels']")).isVisible();
        browser.screenshot("drawn");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Step on")).click();
        assertThat(diagram.locator("g.djs-element.er-taken[data-element-id='SilenceHandled']")).hasCount(1);
        assertThat(idsOf(diagram.locator("g.djs-element.er-taken"))).containsExactlyInAnyOrder(
                "ChannelSilent", "Flow_ToRevive", "ReviveChannel", "Flow_Revived", "SilenceHandled");
        assertThat(diagram.locator("g.djs-element.er-active")).hasCount(0);
        assertThat(counts(diagram)).isEqualTo(Map.of("ReviveChannel", "2"));
        assertThat(diagram).hasAttribute("data-rendered", "true");
    }

    @Test
    void xmlThatIsNotBpmnShowsTheErrorInsteadOfADiagram() {
        Page page = open("?xml=invalid");
        Locator diagram = page.locator("#diagram");
        assertThat(diagram).hasAttribute("data-error", java.util.regex.Pattern.compile(".+"));
        assertThat(diagram.getByRole(AriaRole.ALERT)).containsText("The diagram cannot be shown");
        assertThat(diagram).not().hasAttribute("data-rendered", "true");
        assertThat(diagram.locator("g.djs-element")).hasCount(0);
        String message = diagram.getAttribute("data-error");
        assertThat(diagram.getByRole(AriaRole.ALERT)).containsText(message);
    }

    private static Page open(String query) {
        browser.logIn("auditor");
        Page page = browser.page();
        page.navigate(browser.baseUrl() + "/test/bpmn-diagram" + query);
        return page;
    }

    private static Set<String> idsOf(Locator elements) {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) elements.evaluateAll("nodes => nodes.map(n => n.dataset.elementId)");
        return Set.copyOf(ids);
    }

    private static Map<String, String> counts(Locator diagram) {
        Locator badges = diagram.locator(".er-count[data-element-id]");
        return badges.all().stream().collect(Collectors.toMap(
                badge -> badge.getAttribute("data-element-id"), badge -> badge.textContent().trim()));
    }
}
