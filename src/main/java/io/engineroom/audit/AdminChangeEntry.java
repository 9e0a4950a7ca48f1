package io.engineroom.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded administrative change as auditors read it: who made it, when, on what, and each field's value
 * before and after (sorted by the field's label).
 *
 * @param brandId the brand it belongs to, or null for a change outside any brand
 */
public record AdminChangeEntry(long id, Instant at, String actor, String area, String subject, String brandId,
        String action, List<Field> fields) {

    public AdminChangeEntry {
        fields = List.copyOf(fields);
    }

    /**
     * One field: {@code before} null when it did not exist before (a creation), {@code after} null when it is gone
     * (a removal).
     */
    public record Field(String label, String before, String after) {

        /** "Time zone: Europe/Berlin → Europe/Vienna", "Name: (none) → Bean & Leaf". */
        public String text() {
            return label + ": " + shown(before) + " → " + shown(after);
        }

        private static String shown(String value) {
            return value == null ? "(none)" : value;
        }
    }
}
