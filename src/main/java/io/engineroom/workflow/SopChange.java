package io.engineroom.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One SOP change (a deployment of BPMN/DMN models) and its way to taking effect: proposed by a person or by Engine
 * Room at start-up, reviewed by another SOP owner of its brand, or activated at once by an administrator with a
 * written reason.
 *
 * @param brandId    the brand whose own version this is, or null for the shared version every other brand runs
 * @param proposedBy who deployed it; null when Engine Room deployed the SOP folder at start-up
 * @param activatedAt when it took effect; null while it is not live
 */
public record SopChange(long id, String deploymentId, String brandId, String proposedBy, Instant proposedAt,
        String source, SopChangeStatus status, String reviewInstanceId, String reviewedBy, Instant reviewedAt,
        String reviewComment, String emergencyReason, String activatedBy, Instant activatedAt,
        List<SopChangeModel> models) {

    /** Shown where a person would be: "Engine Room (at start-up)" when nobody deployed it by hand. */
    public static final String AT_START_UP = "Engine Room (at start-up)";

    public SopChange {
        models = models == null ? List.of() : List.copyOf(models);
    }

    public String proposer() {
        return proposedBy == null ? AT_START_UP : proposedBy;
    }

    public boolean shared() {
        return brandId == null;
    }

    /**
     * Whether work of this brand (a running instance's) is this change's business: any brand's for a shared change,
     * else only its own brand's; the version a brand's change replaces may be the shared one other brands run.
     */
    public boolean concerns(String instanceBrandId) {
        return shared() || brandId.equals(instanceBrandId);
    }
}
