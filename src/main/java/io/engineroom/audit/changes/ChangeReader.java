package io.engineroom.audit.changes;

import java.util.Set;

/**
 * Which administrative changes a reader sees: every one ({@code allBrands}), or those of {@code brands} and, with
 * {@code withoutBrand}, those that belong to no brand.
 */
public record ChangeReader(boolean allBrands, Set<String> brands, boolean withoutBrand) {

    public ChangeReader {
        brands = Set.copyOf(brands);
    }

    public boolean seesNothing() {
        return !allBrands && !withoutBrand && brands.isEmpty();
    }
}
