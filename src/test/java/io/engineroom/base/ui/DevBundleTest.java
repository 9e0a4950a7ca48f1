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
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The committed Vaadin development bundle (src/main/bundles/dev.bundle) matches the frontend sources, so the app
 * and the tests start without Node.js. Without this a stale bundle shows only as a rebuild at start: minutes with
 * npm, and without node Vaadin tries to download it. Fix a failure with {@code .ci/rebuild-dev-bundle} and commit
 * the new dev.bundle.
 */
class DevBundleTest {

    private static final Path BUNDLE = Path.of("src", "main", "bundles", "dev.bundle");
    private static final Path FRONTEND = Path.of("src", "main", "frontend");
    private static final String REBUILD = "stale dev bundle: run .ci/rebuild-dev-bundle and commit " + BUNDLE;

    @Test
    void holdsTheCurrentFrontendFiles() throws Exception {
        JsonNode hashes = stats().get("frontendHashes");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            sources = files.filter(Files::isRegularFile)
                    .filter(file -> !FRONTEND.relativize(file).startsWith("generated"))
                    .filter(file -> !isThemeStylesheet(FRONTEND.relativize(file))).toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            String name = FRONTEND.relativize(source).toString().replace('\\', '/');
            assertThat(hashes.path(name).asText(null)).as(REBUILD + " (" + name + " changed)")
                    .isEqualTo(sha256(Files.readAllBytes(source)));
        }
    }

    @Test
    void holdsTheBpmnJsVersionTheDiagramAsksFor() throws Exception {
        assertThat(stats().path("packageJsonDependencies").path("bpmn-js").asText()).as(REBUILD)
                .isEqualTo(BpmnDiagram.BPMN_JS_VERSION);
        assertThat(stats().path("bundleImports").toString()).as(REBUILD).contains("Frontend/bpmn-diagram.js");
    }

    /**
     * An application theme's own styles.css is not in the bundle: with the pre-built bundle Vaadin serves it from
     * the theme folder as it is, and the production build compiles it in. (A theme.json or a components/ folder
     * would need a new bundle; they are not excluded here.)
     */
    private static boolean isThemeStylesheet(Path file) {
        return file.getNameCount() == 3 && file.startsWith("themes") && file.endsWith("styles.css");
    }

    private static JsonNode stats() throws IOException {
        try (ZipFile bundle = new ZipFile(BUNDLE.toFile())) {
            return new ObjectMapper().readTree(bundle.getInputStream(bundle.getEntry("config/stats.json")));
        }
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
