package io.engineroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A breach reaches the social media manager in a real browser: a complaint waits past 75 % of its SLA and then past
 * its SLA; the brand's social media manager signs in and finds the bell counting the breach notice and "Handle the
 * breach" in My work with its badge, while the reminder at 75 % went to the community queue, not to them. The SLA timers are
 * fired by hand (executeJob), in order, rather than by waiting for them. Runs Debian's Chromium when installed,
 * otherwise Playwright's own browser.
 */
@EngineRoomIntegrationTest
class ReminderBadgeBrowserTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String BRAND = "badge-browser-" + RUN;
    private static final String BRAND_NAME = "Harbour Bakery " + RUN;
    private static final String MANAGER = "lead-" + RUN;

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1600, 1000).screenshotsPrefixed("badge-");

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    UserDirectory users;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @Test
    void aBreachShowsTheBellCountAndTheBadgeOnHandleTheBreachToTheBrandsSocialMediaManager() {
        AsAdmin.run(() -> brands.create(BRAND, BRAND_NAME, false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(BRAND, BRAND_NAME, false, false, ZoneOffset.UTC,
                Duration.ofHours(24))));
        long channel = AsAdmin.call(() -> channels.addManual(BRAND, Platform.MASTODON, "@bakery-" + RUN, true)).id();
        users.createUser(MANAGER, "Lee", "(test)", MANAGER + "@example.com", TestUsers.PASSWORD,
                List.of(Role.SOCIAL_MANAGER));
        brands.addMember(BRAND, MANAGER);
        String id = intake.acceptAndStart(channel, List.of(new IncomingInteraction("b-" + RUN, InteractionKind.COMMENT,
                "@ana", "Ana", "My order arrived broken and nobody answers. Terrible service!", "post-1",
                Instant.now(), null))).entries().get(0).interactionId();
        String instance = interactions.findById(id).orElseThrow().getProcessInstanceId();

        managementService.executeJob(timer(instance, "SlaNearlyDue").getId());
        managementService.executeJob(timer(instance, "SlaBreached").getId());
        assertThat(interactions.findById(id).orElseThrow().getBreachedAt()).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("HandleBreach").count())
                .isEqualTo(1);

        browser.logIn(MANAGER, TestUsers.PASSWORD);
        Page page = browser.page();
        page.waitForURL(browser.baseUrl() + "/");
        assertThat(page.locator("#notification-count")).hasText("1");
        choose(page, page.locator("#brand-filter"), BRAND_NAME);
        Locator inbox = page.locator("#inbox");
        assertThat(cell(inbox, "Handle the breach")).hasCount(1);
        assertThat(cell(inbox, "Respond")).hasCount(0);
        Locator badge = inbox.locator(".inbox-reminded").filter(new Locator.FilterOptions().setVisible(true));
        assertThat(badge).hasCount(1);
        assertThat(badge).hasText("Reminded");
        browser.screenshot("bell-and-reminded-badge");

        page.locator("#notification-bell").click();
        assertThat(page.getByText("Handle the breach").first()).isVisible();
        browser.screenshot("notices");
    }

    private Job timer(String instance, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        assertThat(job).as(activityId).isNotNull();
        return job;
    }

    /** The grid's cell showing this text. Hidden cells are rows the grid keeps spare. */
    private static Locator cell(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)
                .setVisible(true));
    }

    /** Picks an option of a Vaadin combo box by typing its label and clicking it in the list. */
    private static void choose(Page page, Locator comboBox, String label) {
        comboBox.locator("input").fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).click();
        assertThat(comboBox.locator("input")).hasValue(label);
    }
}
