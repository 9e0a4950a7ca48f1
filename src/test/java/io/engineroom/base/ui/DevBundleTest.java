package io.engineroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The committed Vaadin bundles match the frontend sources, so the app, the tests and the production jar build
 * without Node.js: the development bundle (src/main/bundles/dev.bundle) and the production bundle
 * ({@code prod.bundle}, which {@code ./mvnw package} reuses). Without this a stale bundle shows only as a rebuild:
 * minutes with npm at start, or a failed {@code package} where the registry lacks Vaadin's packages. Fix a failure
 * with {@code .ci/rebuild-dev-bundle} or {@code .ci/rebuild-prod-bundle} and commit the new bundle.
 */
class DevBundleTest {

    private static final Path DEV_BUNDLE = Path.of("src", "main", "bundles", "dev.bundle");
    private static final Path PROD_BUNDLE = Path.of("src", "main", "bundles", "prod.bundle");
    private static final Path FRONTEND = Path.of("src", "main", "frontend");

    @Test
    void theDevelopmentBundleHoldsTheCurrentFrontendFiles() throws Exception {
        // the development bundle leaves the theme's stylesheet out: Vaadin serves it from the theme folder as it is
        assertHoldsTheFrontendFiles(DEV_BUNDLE, file -> !isThemeStylesheet(file));
    }

    @Test
    void theProductionBundleHoldsTheCurrentFrontendFilesStylesheetIncluded() throws Exception {
        assertHoldsTheFrontendFiles(PROD_BUNDLE, file -> true);
    }

    @Test
    void bothBundlesHoldTheBpmnJsVersionTheDiagramAsksFor() throws Exception {
        for (Path bundle : List.of(DEV_BUNDLE, PROD_BUNDLE)) {
            JsonNode stats = stats(bundle);
            assertThat(stats.path("packageJsonDependencies").path("bpmn-js").asText()).as(rebuild(bundle))
                    .isEqualTo(BpmnDiagram.BPMN_JS_VERSION);
            assertThat(stats.path("bundleImports").toString()).as(rebuild(bundle))
                    .contains("Frontend/bpmn-diagram.js");
        }
    }

    private static void assertHoldsTheFrontendFiles(Path bundle, Predicate<Path> inBundle) throws Exception {
        JsonNode hashes = stats(bundle).get("frontendHashes");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            sources = files.filter(Files::isRegularFile)
                    .filter(file -> !FRONTEND.relativize(file).startsWith("generated"))
                    .filter(file -> inBundle.test(FRONTEND.relativize(file))).toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            String name = FRONTEND.relativize(source).toString().replace('\\', '/');
            assertThat(hashes.path(name).asText(null)).as(rebuild(bundle) + " (" + name + " changed)")
                    .isEqualTo(sha256(Files.readAllBytes(source)));
        }
    }

    private static String rebuild(Path bundle) {
        String script = bundle.equals(DEV_BUNDLE) ? ".ci/rebuild-dev-bundle" : ".ci/rebuild-prod-bundle";
        return "stale " + bundle.getFileName() + ": run " + script + " and commit " + bundle;
    }

    /**
     * An application theme's own styles.css is not in the development bundle: with the pre-built bundle Vaadin
     * serves it from the theme folder as it is; the production bundle compiles it in, so an edit needs a new one. (A theme.json or a components/ folder
     * would need a new bundle; they are not excluded here.)
     */
    private static boolean isThemeStylesheet(Path file) {
        return file.getNameCount() == 3 && file.startsWith("themes") && file.endsWith("styles.css");
    }

    private static JsonNode stats(Path file) throws IOException {
        try (ZipFile bundle = new ZipFile(file.toFile())) {
            return new ObjectMapper().readTree(bundle.getInputStream(bundle.getEntry("config/stats.json")));
        }
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
