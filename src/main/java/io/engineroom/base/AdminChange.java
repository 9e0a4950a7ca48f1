package io.engineroom.base;

import java.time.Instant;
import java.util.Map;

/**
 * One administrative change (a brand, channel, person, membership, credential or policy created, changed, archived
 * or revoked), published by the service that makes it, inside its transaction, so that the audit trail records it
 * in that same transaction: a change is never made without its record, nor recorded without being made.
 *
 * <p>{@code before} and {@code after} map a field's label to its shown value (empty maps for a creation or a
 * removal). Secrets never appear in them: a secret is shown as "(issued)", "(rotated)" or "(revoked)".
 *
 * @param area    what kind of thing changed: "brand", "channel", "person", "policy", "credential", ...
 * @param subject which one, as a person reads it ("Bean & Leaf Coffee", "@beanleaf on Mastodon", "alice")
 * @param brandId the brand it belongs to, or null for a change outside any brand (a person's roles)
 * @param action  what happened, in a few words ("created", "archived", "roles changed")
 * @param actor   who made it (user id)
 * @param at      when
 */
public record AdminChange(String area, String subject, String brandId, String action, String actor, Instant at,
        Map<String, String> before, Map<String, String> after) {

    public AdminChange {
        before = before == null ? Map.of() : Map.copyOf(before);
        after = after == null ? Map.of() : Map.copyOf(after);
    }
}
