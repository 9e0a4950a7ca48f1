package io.engineroom.identity;

/** A brand (a Camunda tenant) as a choice on a form: identity reads brands from the engine, not the brand module. */
public record BrandOption(String id, String name) {
}
