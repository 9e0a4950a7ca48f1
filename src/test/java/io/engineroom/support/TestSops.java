package io.engineroom.support;

import io.engineroom.workflow.change.ChangeIntake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;

/**
 * Test-only model fragments (src/test/resources/sops) that use the real delegates and listeners, deployed with
 * the real forms they bind to, so those can be tested through the engine apart from the SOPs that use them.
 * They are fixtures, not SOP changes under test, so they go live at once ({@link ChangeIntake#atOnce}) instead of
 * waiting for a review.
 */
public final class TestSops {

    private TestSops() {
    }

    /** Deploys the fragments and the named forms of {@code forms/}, live; unchanged ones are not deployed again. */
    public static void deploy(RepositoryService repositoryService, String... formFiles) {
        var deployment = repositoryService.createDeployment().name("engine-room-test-fragments")
                .enableDuplicateFiltering(false)
                .addClasspathResource("sops/publication-follow-up-test.bpmn")
                .addClasspathResource("sops/first-day-metrics-test.bpmn");
        for (String form : formFiles) {
            try {
                deployment.addString(form, Files.readString(Path.of("forms", form)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ChangeIntake.atOnce(deployment::deploy);
    }
}
