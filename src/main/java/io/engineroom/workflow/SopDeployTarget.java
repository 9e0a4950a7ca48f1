package io.engineroom.workflow;

/**
 * Where a deployment from the SOPs screen goes: a brand's own version, or the shared version every brand without its
 * own runs ({@code brandId} null).
 */
public record SopDeployTarget(String brandId, String label) {

    public static final SopDeployTarget SHARED = new SopDeployTarget(null, "Shared (all brands)");

    public boolean shared() {
        return brandId == null;
    }
}
