package io.engineroom.audit.history;

import java.util.Set;

/**
 * Who reads the history and which brands they may see: {@code allBrands} for an administrator, otherwise only
 * {@code brands}. An instance of any other brand does not exist for them.
 */
public record HistoryReader(String userId, Set<String> brands, boolean allBrands) {

    public HistoryReader {
        brands = Set.copyOf(brands);
    }

    public boolean mayRead(String brandId) {
        return allBrands || (brandId != null && brands.contains(brandId));
    }

    /** True when this reader sees nothing at all (no brand), so no query needs to run. */
    public boolean seesNothing() {
        return !allBrands && brands.isEmpty();
    }
}
