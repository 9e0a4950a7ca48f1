package io.engineroom.crisis;

import java.time.Instant;

/**
 * A first-response template: the holding statement for one crisis scenario, with placeholders.
 *
 * @param updatedBy who edited it last; null while it is as shipped
 */
public record StatementTemplate(String scenario, String title, String body, String updatedBy, Instant updatedAt) {
}
