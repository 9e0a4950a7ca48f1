package io.engineroom.workflow;

import java.time.Instant;

/**
 * One deployed version of an SOP: its definition, when it was deployed, by whom and from where (the deployment's
 * source: the processes folder, Camunda Modeler, the SOPs screen), the file it came from, and for processes how
 * many instances run on it that the reader may see ({@code null} for decisions).
 */
public record SopVersion(String definitionId, String key, String name, SopKind kind, int version, String deploymentId,
        Instant deployedAt, String deployedBy, String source, String resourceName, Long runningInstances) {

    /** The file name without the folder the folder deployer puts in front ({@code processes/x.bpmn} is x.bpmn). */
    public String fileName() {
        return resourceName.substring(resourceName.lastIndexOf('/') + 1);
    }
}
