package io.engineroom.brand;

/**
 * A Camunda tenant with no brand record (made in Camunda Admin): screens ignore it until an admin adopts it, which
 * creates its record.
 */
public record TenantWithoutBrand(String id, String name) {
}
