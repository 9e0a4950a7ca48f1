package io.engineroom.workflow;

import java.time.Instant;

/**
 * Which SOP changes to list, within those the caller may see anyway; every part may be null (any). A search narrows
 * what the caller sees, it never widens it: a brand the caller does not belong to finds nothing.
 *
 * @param brandId    only this brand's own changes
 * @param sharedOnly only the shared versions' changes (then {@code brandId} must be null)
 * @param status     only changes that stand so now
 * @param from       proposed from this moment (inclusive)
 * @param to         proposed before this moment (exclusive)
 */
public record SopChangeSearch(String brandId, boolean sharedOnly, SopChangeStatus status, Instant from,
        Instant to) {

    public static final SopChangeSearch ANY = new SopChangeSearch(null, false, null, null, null);

    /** One change a search found, pinned for an export: its id and how many models (rows of the export) it has. */
    public record Pinned(long changeId, int models) {
    }
}
