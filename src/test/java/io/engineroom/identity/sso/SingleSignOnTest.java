package io.engineroom.identity.sso;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.FirstRunIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestOidcProvider;
import io.engineroom.workflow.change.ChangeIntake;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Single sign-on through a real browser against a real OpenID Connect provider: the person lands in My work with
 * exactly the roles and brands their token carries (no more: not admin, not another brand's work, not another
 * role's screen), as Engine Room's screens and Camunda's own checks see them; a token without an Engine Room role, a
 * deactivated person and a token naming a local account do not get in.
 */
@FirstRunIntegrationTest
class SingleSignOnTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1280, 900).screenshotsPrefixed("sso-");

    private static final String BRAND = "beanleaf";
    private static final String OTHER_BRAND = "sso-other";

    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void brands() {
        try (SignedIn admin = SignedIn.as(users, "admin")) {
            if (brands.find(BRAND).isEmpty()) {
                brands.create(BRAND, "Bean & Leaf Coffee", false);
            }
            if (brands.find(OTHER_BRAND).isEmpty()) {
                brands.create(OTHER_BRAND, "Another brand", false);
            }
        }
    }

    @Test
    void aCopywriterOfBeanleafLandsInMyWorkWithExactlyThoseRights() {
        // a fixture, not an SOP change under test: live at once instead of waiting for a review
        ChangeIntake.atOnce(() -> repositoryService.createDeployment().name("single-sign-on-test")
                .enableDuplicateFiltering(true).addClasspathResource("sops/single-sign-on-test.bpmn").deploy());
        String ours = runtimeService.startProcessInstanceByKey("single-sign-on-test",
                Map.of("brand", BRAND, "title", "Autumn blend teaser")).getId();
        String theirs = runtimeService.startProcessInstanceByKey("single-sign-on-test",
                Map.of("brand", OTHER_BRAND, "title", "Another brand's launch")).getId();
        TestOidcProvider.signsInNext("sub-cora", Map.of("preferred_username", "cora", "given_name", "Cora",
                "family_name", "Lind", "email", "cora@example.com", "roles", List.of("copywriter", "admin", "ceo"),
                "brands", List.of(BRAND, "no-such-brand")));

        Page page = signInWithTheProvider();

        page.waitForURL(browser.baseUrl() + "/");
        assertThat(page.locator("#signed-in-user")).hasText("cora");
        EngineRoomUser cora = users.load("cora").orElseThrow();
        assertThat(cora.groups()).containsExactly(Role.COPYWRITER.groupId());
        assertThat(cora.brands()).containsExactly(BRAND);
        // My work: the beanleaf copy task, not the community manager's task beside it, nothing of the other brand
        assertThat(page.locator("#inbox")).containsText("Autumn blend teaser");
        assertThat(page.locator("#inbox")).not().containsText("Another brand's launch");
        assertThat(page.locator("#inbox").getByText("Autumn blend teaser")).hasCount(1);

        // Camunda's own checks, through the engine sign-in of each request: their task opens; the community
        // manager's task of the same brand and the other brand's copy task are not there for them
        page.navigate(browser.baseUrl() + "/task/" + task(ours, "WriteCopy"));
        assertThat(page.locator("#task-meta")).containsText("Write copy");
        page.navigate(browser.baseUrl() + "/task/" + task(ours, "Answer"));
        assertThat(page.locator("#task-message")).isVisible();
        page.navigate(browser.baseUrl() + "/task/" + task(theirs, "WriteCopy"));
        assertThat(page.locator("#task-message")).isVisible();

        // another role's screen is refused, and so are Camunda's webapps (administrators only)
        page.navigate(browser.baseUrl() + "/inbox");
        assertThat(page.locator("body")).containsText("Could not navigate to 'inbox'");
        Response cockpit = page.navigate(browser.baseUrl() + "/camunda/app/cockpit/firstrun/");
        assertThat(cockpit.status()).isEqualTo(403);
    }

    @Test
    void theTokenDecidesTheRolesAndBrandsAtEverySignIn() {
        TestOidcProvider.signsInNext("sub-eve", Map.of("preferred_username", "eve.stone@example.com",
                "roles", "copywriter designer", "brands", List.of(BRAND)));
        signInWithTheProvider().waitForURL(browser.baseUrl() + "/");
        browser.signOut();
        TestOidcProvider.signsInNext("sub-eve", Map.of("preferred_username", "renamed-at-the-provider",
                "roles", List.of("designer"), "brands", List.of(OTHER_BRAND)));

        signInWithTheProvider().waitForURL(browser.baseUrl() + "/");

        // the same Engine Room user (the provider's subject, not the name, links them), now with the new token's
        assertThat(browser.page().locator("#signed-in-user")).hasText("eve-stone-example-com");
        EngineRoomUser eve = users.load("eve-stone-example-com").orElseThrow();
        assertThat(eve.groups()).containsExactly(Role.DESIGNER.groupId());
        assertThat(eve.brands()).containsExactly(OTHER_BRAND);
        assertThat(users.exists("renamed-at-the-provider")).isFalse();
    }

    @Test
    void aTokenWithoutAnEngineRoomRoleDoesNotGetIn() {
        TestOidcProvider.signsInNext("sub-max", Map.of("preferred_username", "max", "roles", List.of("admin", "sales"),
                "brands", List.of(BRAND)));

        Page page = signInWithTheProvider();

        assertRefused(page, "no Engine Room role");
        assertThat(users.exists("max")).isFalse();
    }

    @Test
    void aDeactivatedPersonDoesNotGetIn() {
        TestOidcProvider.signsInNext("sub-dora", Map.of("preferred_username", "dora", "roles", List.of("copywriter"),
                "brands", List.of(BRAND)));
        signInWithTheProvider().waitForURL(browser.baseUrl() + "/");
        browser.signOut();
        jdbc.update("insert into person_account (user_id, deactivated_at, deactivated_by) values (?, now(), ?)",
                "dora", "admin");
        TestOidcProvider.signsInNext("sub-dora", Map.of("preferred_username", "dora", "roles", List.of("copywriter"),
                "brands", List.of(BRAND)));

        Page page = signInWithTheProvider();

        assertRefused(page, "deactivated");
    }

    @Test
    void aTokenNamingALocalAccountCannotSignInAsIt() {
        TestOidcProvider.signsInNext("sub-intruder", Map.of("preferred_username", "admin",
                "roles", List.of("copywriter"), "brands", List.of(BRAND)));

        Page page = signInWithTheProvider();

        assertRefused(page, "exists already");
        EngineRoomUser admin = users.load("admin").orElseThrow();
        assertThat(admin.groups()).contains(Role.ADMIN.groupId()).doesNotContain(Role.COPYWRITER.groupId());
        assertThat(admin.brands()).doesNotContain(BRAND);
    }

    /** Opens the login page and follows "Sign in with ...": to the provider, which signs in at once, and back. */
    private static Page signInWithTheProvider() {
        Page page = browser.page();
        page.navigate(browser.baseUrl() + "/login");
        assertThat(page.locator("#login-sso")).hasText("Sign in with " + TestOidcProvider.DISPLAY_NAME);
        page.locator("#login-sso").click();
        return page;
    }

    private static void assertRefused(Page page, String why) {
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("Single sign-on refused")).isVisible();
        assertThat(page.getByText(Pattern.compile(why))).isVisible();
        page.navigate(browser.baseUrl() + "/");
        page.waitForURL(Pattern.compile(".*/login$"));
    }

    private String task(String processInstanceId, String taskKey) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        return task.getId();
    }
}
