package io.engineroom.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real Chromium on the running application, for the browser tests: one browser for the whole test run, a fresh
 * browser context (no cookies, storage or cache of another test) and page per test, a full-page screenshot of the
 * page a test failed on, and the demo users' log in and sign out. Runs Debian's Chromium when installed (CI
 * installs it), otherwise the browser Playwright downloads itself. Register it on a static field of an
 * {@link EngineRoomIntegrationTest}:
 *
 * <pre>{@code @RegisterExtension static final BrowserSession browser = BrowserSession.withViewport(1440, 1000);}</pre>
 */
public final class BrowserSession implements BeforeAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback, AfterEachCallback {

    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String DEMO_PASSWORD = "demo";

    private final int viewportWidth;
    private final int viewportHeight;
    private final String screenshotPrefix;

    /** The browser, shared by every browser test class of the run (see {@link SharedBrowser}). */
    private Browser browser;

    /** Where the application answers, when it is not the test's Spring application (an {@link AppProcess}). */
    private final Supplier<String> application;

    private BrowserContext context;
    private Page page;
    private String baseUrl;

    private BrowserSession(int viewportWidth, int viewportHeight, String screenshotPrefix,
            Supplier<String> application) {
        this.viewportWidth = viewportWidth;
        this.viewportHeight = viewportHeight;
        this.screenshotPrefix = screenshotPrefix;
        this.application = application;
    }

    public static BrowserSession withViewport(int width, int height) {
        return new BrowserSession(width, height, "", null);
    }

    /** Screenshots of this test class go to target/screenshots/{prefix}{name}.png, apart from other classes'. */
    public BrowserSession screenshotsPrefixed(String prefix) {
        return new BrowserSession(viewportWidth, viewportHeight, prefix, application);
    }

    /**
     * On an application the test started itself, e.g. {@code () -> "http://localhost:" + app.port()}; asked before
     * each test, so the application may start in {@code @BeforeAll}.
     */
    public BrowserSession on(Supplier<String> baseUrl) {
        return new BrowserSession(viewportWidth, viewportHeight, screenshotPrefix, baseUrl);
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000); // two cores, shared with other builds
        SharedBrowser shared = extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedBrowser.class, type -> new SharedBrowser(), SharedBrowser.class);
        browser = shared.browser();
    }

    /**
     * Playwright's driver and Chromium, started by the first browser test class and closed by JUnit when the whole
     * run ends: each class launching its own took seconds (a Node process, then the browser) that told nothing,
     * since every test works in a browser context of its own anyway. Started again if the browser went away.
     */
    private static final class SharedBrowser implements ExtensionContext.Store.CloseableResource {

        private Playwright playwright;
        private Browser browser;

        Browser browser() {
            if (browser == null || !browser.isConnected()) {
                close();
                launch();
            }
            return browser;
        }

        private void launch() {
            boolean systemChromium = Files.isExecutable(SYSTEM_CHROMIUM);
            // Playwright's own browser download cannot work on the build machines; it can on a developer's.
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", systemChromium ? "1" : "0")));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run"));
            if (systemChromium) {
                options.setExecutablePath(SYSTEM_CHROMIUM);
            }
            browser = playwright.chromium().launch(options);
        }

        @Override
        public void close() {
            if (playwright != null) {
                playwright.close(); // closes the browser too
            }
            playwright = null;
            browser = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        // the port @LocalServerPort would give the test: the application the test class started
        baseUrl = application != null ? application.get() : "http://localhost:" + SpringExtension
                .getApplicationContext(extension).getEnvironment().getRequiredProperty("local.server.port");
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(viewportWidth, viewportHeight)
                .setLocale("en-US"));
        context.setDefaultTimeout(20_000);
        context.setDefaultNavigationTimeout(30_000);
        page = context.newPage();
    }

    /** Runs after the test method, before {@link #afterEach}: the failing page is still open. */
    @Override
    public void afterTestExecution(ExtensionContext extension) {
        if (extension.getExecutionException().isPresent() && page != null) {
            screenshot("FAILED-" + extension.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (context != null) {
            context.close();
        }
        context = null;
        page = null;
    }

    /** This test's page; a new one, in a new browser context (no cookies, no session), for every test. */
    public Page page() {
        return page;
    }

    /** Where the application under test answers, e.g. {@code http://localhost:54321}; no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Logs in on the login page as a demo user and waits until My work shows them signed in. */
    public void logIn(String user) {
        logIn(user, DEMO_PASSWORD);
        page.waitForURL(baseUrl + "/");
        assertThat(page.locator("#inbox")).isVisible();
    }

    /**
     * Logs in on the login page with this password and waits until the application shows them signed in, wherever
     * it takes them (My work, or the setup guide for a first administrator).
     */
    public void logIn(String user, String password) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator("#signed-in-user")).hasText(user);
    }

    /** Signs out with the header's button and waits for the login page. */
    public void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.getByLabel("Username")).isVisible();
    }

    /** Saves the whole page, not only the viewport, as target/screenshots/{prefix}{name}.png. */
    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshotPrefix + name + ".png"))
                .setFullPage(true));
    }

    /**
     * The row of My work's grid that shows {@code title}, on My work opened with {@code filters} (its
     * {@code brand=&sop=} link). In a full test run a role's list holds many earlier tasks and the grid renders only
     * the rows in view; a new task is due last, so when the row is not among the first ones the grid is scrolled to
     * its end.
     */
    public Locator myWorkRow(String filters, String title) {
        page.navigate(baseUrl + "/?" + filters);
        Locator row = page.locator("#inbox vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(title));
        assertThat(page.locator("#inbox vaadin-grid-cell-content").first()).isAttached(); // the rows arrived
        if (row.count() == 0) {
            page.evaluate("() => { const grid = document.querySelector('#inbox');"
                    + " grid.scrollToIndex(grid.size - 1); }");
        }
        assertThat(row).hasCount(1);
        return row;
    }
}
