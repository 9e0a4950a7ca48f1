package io.engineroom.content;

/**
 * One market of a brand over a period, for reports and the dashboard: how many items planned in the period target
 * it, how many of those have its translation, and how many went out in it.
 */
public record MarketFigures(String brandId, String marketCode, long planned, long translated, long published) {
}
