package io.engineroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screens' look lives in the theme's stylesheet: every "er-" class the Java code names has a rule there, and
 * the only inline styles left are values computed at run time, each saying so in a comment on the line before.
 * Without this a typo in a class name shows only as a screen that looks wrong, and inline styles creep back.
 */
class StylesheetTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path STYLESHEET = Path.of("src", "main", "frontend", "themes", "engineroom", "styles.css");
    private static final Pattern CLASS_NAME = Pattern.compile("\"(er-[a-z0-9_-]+)\"");
    // classes the bpmn-diagram element sets and styles in its own CSS (src/main/frontend/bpmn-diagram.js)
    private static final Set<String> STYLED_ELSEWHERE = Set.of("er-bpmn-diagram");

    @Test
    void everyClassTheScreensNameHasARuleInTheStylesheet() throws IOException {
        String css = Files.readString(STYLESHEET);
        Set<String> named = new TreeSet<>();
        for (Path source : javaSources()) {
            Matcher match = CLASS_NAME.matcher(Files.readString(source));
            while (match.find()) {
                named.add(match.group(1));
            }
        }
        named.removeAll(STYLED_ELSEWHERE);
        assertThat(named).as("class names found in the Java sources").hasSizeGreaterThan(50);
        List<String> withoutRule = named.stream()
                .filter(name -> !Pattern.compile("\\." + Pattern.quote(name) + "(?![a-z0-9_-])").matcher(css).find())
                .toList();
        assertThat(withoutRule).as("classes named in Java without a rule in " + STYLESHEET).isEmpty();
    }

    @Test
    void inlineStylesAreOnlyValuesComputedAtRunTime() throws IOException {
        List<String> unexplained = new ArrayList<>();
        for (Path source : javaSources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                boolean explained = i > 0 && lines.get(i - 1).contains("computed at run time");
                if (lines.get(i).contains("getStyle()") && !explained) {
                    unexplained.add(source + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertThat(unexplained).as("inline styles without a 'computed at run time' comment: use a class").isEmpty();
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
