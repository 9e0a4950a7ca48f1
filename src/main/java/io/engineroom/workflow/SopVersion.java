package io.engineroom.workflow;

import java.time.Instant;

/**
 * One deployed version of an SOP: its definition, when it was deployed, by whom and from where (the deployment's
 * source: the processes folder, Camunda Modeler, the SOPs screen), the file it came from, and for processes how
 * many instances run on it that the reader may see ({@code null} for decisions). Version numbers count per brand:
 * a brand's own versions and the shared ones are numbered apart, as Camunda numbers them per tenant.
 *
 * @param brandId  the brand whose own version this is, or null for the shared version
 * @param status   where the version stands under change control
 * @param changeId the SOP change that deployed it; null when it was deployed before change control
 */
public record SopVersion(String definitionId, String key, String name, SopKind kind, int version, String deploymentId,
        Instant deployedAt, String deployedBy, String source, String resourceName, Long runningInstances,
        String brandId, Status status, Long changeId) {

    /** The file name without the folder the folder deployer puts in front ({@code processes/x.bpmn} is x.bpmn). */
    public String fileName() {
        return resourceName.substring(resourceName.lastIndexOf('/') + 1);
    }

    public boolean shared() {
        return brandId == null;
    }

    /**
     * Where a version stands: the one its brand (or, shared, every brand without its own) runs; waiting for another
     * owner's review; rejected; or live once and replaced by a newer live one.
     */
    public enum Status {
        LIVE("live"),
        IN_REVIEW("waits for review"),
        REJECTED("rejected"),
        SUPERSEDED("superseded");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
