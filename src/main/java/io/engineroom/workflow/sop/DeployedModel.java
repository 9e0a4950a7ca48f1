package io.engineroom.workflow.sop;

import io.engineroom.workflow.SopKind;

/**
 * One deployed process or decision definition and the resource (file) of its deployment it was read from.
 *
 * @param tenantId  the brand whose own version it is, or null for the shared version
 * @param suspended a process definition suspended in Camunda (a change waiting for review); decisions never are
 */
public record DeployedModel(String definitionId, String key, String name, SopKind kind, int version,
        String deploymentId, String resourceName, String tenantId, boolean suspended) {
}
