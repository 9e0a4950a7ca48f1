package io.engineroom.brand;

/** A brand as other modules see it. */
public record BrandSummary(String id, String name, boolean regulated) {
}
