package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SOP model in processes/ passes the checks of Camunda Modeler's problems panel: bpmnlint with the rules in
 * processes/.bpmnlintrc (recommended + camunda-compat for Camunda 7.24), where an info or warning fails too, because the
 * panel shows those as well. bpmnlint is an npm package; it is installed once into target/bpmnlint.
 */
class SopModelLintTest {

    static final String BPMNLINT = "11.15.0"; // bpmnlint 12 does not install here
    static final String CAMUNDA_COMPAT = "2.61.0";
    static final Path LINT_HOME = Path.of("target", "bpmnlint").toAbsolutePath();
    static final Path CONFIG = Path.of("processes", ".bpmnlintrc").toAbsolutePath();
    static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    private static boolean bpmnlintReady;

    /** Skips when node or npm is missing; installs bpmnlint into target/bpmnlint unless the pinned versions are there. */
    static void requireBpmnlint() throws Exception {
        assumeTrue(runs("node", "--version") && runs(npm(), "--version"),
                "SOP lint skipped: node and npm must be on the PATH to run bpmnlint");
        if (!bpmnlintReady) {
            bpmnlintReady = installed("bpmnlint", BPMNLINT) && installed("bpmnlint-plugin-camunda-compat", CAMUNDA_COMPAT);
        }
        if (bpmnlintReady) {
            return;
        }
        Files.createDirectories(LINT_HOME);
        Result install = run(LINT_HOME, 300, npm(), "install", "--prefix", LINT_HOME.toString(), "--no-audit",
                "--no-fund", "bpmnlint@" + BPMNLINT, "bpmnlint-plugin-camunda-compat@" + CAMUNDA_COMPAT);
        assertThat(install.exitCode()).as("npm install of bpmnlint failed:%n%s", install.output()).isZero();
        bpmnlintReady = true;
    }

    @Test
    void everySopModelPassesTheModelerLint() throws Exception {
        List<Path> models = models();
        assertThat(models).as("BPMN models in processes/").isNotEmpty();

        Result lint = lint(models);

        assertThat(lint.exitCode()).as("bpmnlint found problems in processes/:%n%s", lint.output()).isZero();
    }

    /** Guards against a configuration that silently checks nothing (say, a plugin config that stopped resolving). */
    @Test
    void theLintReportsAModelWithoutANameOrHistoryTimeToLive(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.bpmn");
        Files.writeString(broken, Files.readString(Path.of("processes", "content-approval.bpmn"))
                .replace("camunda:historyTimeToLive=\"P180D\"", "")
                .replace("name=\"Write copy\"", ""));

        Result lint = lint(List.of(broken));

        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.output()).contains("WriteCopy", "label-required", "camunda-compat/history-time-to-live");
    }

    /** Rules the lint does not enforce for Camunda 7 but Engine Room's deployment and task pages rely on. */
    @Test
    void everySopModelBindsFormsByDeploymentAndCallsDelegatesByExpression() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : models()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
                    problems.add(file + ": process " + process.getId() + " has no historyTimeToLive");
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String form = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                String binding = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding");
                if (form == null || !"deployment".equals(binding)) {
                    problems.add(file + ": user task " + task.getId()
                            + " needs camunda:formRef with camunda:formRefBinding=\"deployment\"");
                }
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String delegate = task.getCamundaDelegateExpression();
                if (delegate == null || !delegate.matches("\\$\\{\\w+}")) {
                    problems.add(file + ": service task " + task.getId() + " needs camunda:delegateExpression=\"${bean}\"");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).map(Path::toAbsolutePath).sorted().toList();
        }
    }

    /** Runs the CLI from target/bpmnlint: bpmnlint resolves the plugin named in the config from the working directory. */
    private static Result lint(List<Path> models) throws Exception {
        requireBpmnlint();
        List<String> command = new ArrayList<>(List.of("node",
                LINT_HOME.resolve("node_modules/bpmnlint/bin/bpmnlint.js").toString(),
                "--max-warnings=0", "--config", CONFIG.toString()));
        models.forEach(model -> command.add(model.toString()));
        return run(LINT_HOME, 120, command.toArray(String[]::new));
    }

    private static boolean installed(String pkg, String version) throws IOException {
        Path manifest = LINT_HOME.resolve("node_modules").resolve(pkg).resolve("package.json");
        return Files.isRegularFile(manifest) && Files.readString(manifest).contains("\"version\": \"" + version + "\"");
    }

    private static String npm() {
        return WINDOWS ? "npm.cmd" : "npm";
    }

    private static boolean runs(String... command) {
        try {
            return run(Path.of("."), 60, command).exitCode() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static Result run(Path dir, int timeoutSeconds, String... command) throws Exception {
        // output goes to a file, so a hanging command cannot block the test beyond its timeout
        Path output = Files.createTempFile("sop-lint", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("NO_COLOR", "1");
            java.lang.Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    record Result(int exitCode, String output) {
    }
}
