package io.engineroom.brand;

/** A brand as other modules see it; an archived brand keeps its history but takes no new work. */
public record BrandSummary(String id, String name, boolean regulated, boolean archived) {

    /** An active brand. */
    public BrandSummary(String id, String name, boolean regulated) {
        this(id, name, regulated, false);
    }
}
