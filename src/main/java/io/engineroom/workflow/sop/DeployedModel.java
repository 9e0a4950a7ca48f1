package io.engineroom.workflow.sop;

import io.engineroom.workflow.SopKind;

/** One deployed process or decision definition and the resource (file) of its deployment it was read from. */
public record DeployedModel(String definitionId, String key, String name, SopKind kind, int version,
        String deploymentId, String resourceName) {
}
