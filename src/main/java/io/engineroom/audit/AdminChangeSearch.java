package io.engineroom.audit;

import java.time.Instant;

/**
 * Which administrative changes to list; every part may be null (any).
 *
 * @param actor who made the change (user id)
 * @param from  from this moment (inclusive)
 * @param to    before this moment (exclusive)
 */
public record AdminChangeSearch(String brandId, String area, String actor, Instant from, Instant to) {

    public static final AdminChangeSearch ANY = new AdminChangeSearch(null, null, null, null, null);
}
