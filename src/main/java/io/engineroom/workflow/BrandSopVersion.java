package io.engineroom.workflow;

import java.util.List;

/**
 * Which version of one SOP a brand runs, for the SOPs screen: its own live version or the shared one ({@code live},
 * null when there is none), and its own versions newer than that which wait for review or were rejected. The row
 * with {@code brandId} null is the shared version itself, which every brand without its own runs.
 */
public record BrandSopVersion(String brandId, String brandName, SopVersion live, List<SopVersion> pending) {

    public static final String SHARED_ROW = "Shared (brands without their own)";

    public BrandSopVersion {
        pending = List.copyOf(pending);
    }

    /** Whether the brand runs a version of its own rather than the shared one. */
    public boolean runsOwn() {
        return live != null && live.brandId() != null;
    }
}
