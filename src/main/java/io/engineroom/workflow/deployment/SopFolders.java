package io.engineroom.workflow.deployment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the SOPs live: BPMN and DMN models under {@code processesDir}, Camunda Forms under {@code formsDir}.
 * Relative paths resolve against the working directory.
 */
@ConfigurationProperties("engineroom.sop")
public record SopFolders(@DefaultValue("processes") Path processesDir, @DefaultValue("forms") Path formsDir) {
}
