package io.engineroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.engineroom.support.AppProcess;
import io.engineroom.support.BrowserSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The jar {@code ./mvnw package} builds, started as an operator starts it: {@code java -jar}, profile postgres, the
 * first administrator's password and the secret key from the environment, no demo data, on a PostgreSQL of its
 * own. It must run Vaadin in production mode from the bundle inside it, without Vaadin's development tools, and
 * a person must be able to sign in through a real browser. Run by failsafe after {@code package}, so
 * {@code ./mvnw verify} checks the very file the Dockerfile ships. The start time is printed against the
 * 15-second target, not asserted: the build machines are shared.
 */
class ProductionJarIT {

    static final String ADMIN_PASSWORD = "Production-jar-2026!";
    static final Duration START_TARGET = Duration.ofSeconds(15);

    static EmbeddedPostgres postgres;
    static AppProcess app;

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1280, 900).screenshotsPrefixed("production-jar-")
            .on(() -> "http://localhost:" + app.port());

    @BeforeAll
    static void startTheBuiltJar() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // as the Dockerfile runs it: the full JIT, the default heap
        app = AppProcess.fromJar("production-jar", jar()).fullJit().database(postgres, "postgres")
                .env("ADMIN_PASSWORD", ADMIN_PASSWORD).start();
        System.out.printf(Locale.ROOT, "ProductionJarIT: the production jar answered its login page %.1f s after"
                + " `java -jar` (target <= %d s on 2 cores: %s; %d cores, load average %.1f before the start)%n",
                app.startedIn().toMillis() / 1000.0, START_TARGET.toSeconds(),
                app.startedIn().compareTo(START_TARGET) <= 0 ? "met" : "NOT met",
                Runtime.getRuntime().availableProcessors(), loadBefore);
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static Path jar() {
        Path jar = AppProcess.productionJar();
        assertThat(jar).as("the jar `./mvnw package` builds").isRegularFile();
        return jar;
    }

    @Test
    void theJarRunsVaadinInProductionModeFromItsOwnBundleWithoutTheDevelopmentTools() throws IOException {
        assertThat(Files.readString(app.log())).contains("Vaadin is running in production mode")
                .doesNotContain("Vaadin is running in DEVELOPMENT mode");
        try (JarFile jar = new JarFile(jar().toFile())) {
            List<String> entries = jar.stream().map(ZipEntry::getName).toList();
            assertThat(entries).as("the production bundle").contains(
                    "META-INF/VAADIN/config/flow-build-info.json",
                    "META-INF/VAADIN/webapp/index.html");
            assertThat(entries).as("Vaadin's development tools").noneMatch(entry -> entry.matches(
                    "BOOT-INF/lib/(vaadin-dev|vaadin-dev-server|vaadin-dev-bundle|hilla-dev|copilot)-[0-9].*"));
            assertThat(entries).as("the application itself").contains(
                    "BOOT-INF/classes/io/engineroom/EngineRoomApplication.class");
        }
    }

    @Test
    void theFirstAdministratorSignsInThroughABrowserAndIsShownTheSetupGuide() {
        browser.logIn("admin", ADMIN_PASSWORD);
        Page page = browser.page();
        page.waitForURL(browser.baseUrl() + "/admin/setup");
        assertThat(page.locator("#setup-brand-state")).hasText("To do");
        browser.screenshot("setup-guide");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        Page page = browser.page();
        page.navigate(browser.baseUrl() + "/login");
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        assertThat(page.locator("#signed-in-user")).hasCount(0);
    }
}
