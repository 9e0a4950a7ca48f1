package io.engineroom.inbox;

/** A brand's saved reply; its text may hold {@code {author}}, {@code {brand}}, {@code {agent}}, {@code {channel}}. */
public record TemplateSummary(long id, String brandId, String name, String text) {
}
