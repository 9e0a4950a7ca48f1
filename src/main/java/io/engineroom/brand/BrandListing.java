package io.engineroom.brand;

import java.time.Instant;
import java.time.ZoneId;

/** A brand as the admins' list shows it, archived ones included (archivedAt and archivedBy null while active). */
public record BrandListing(String id, String name, ZoneId timeZone, boolean regulated, boolean clientSignOffRequired,
        Instant archivedAt, String archivedBy) {

    public boolean archived() {
        return archivedAt != null;
    }
}
