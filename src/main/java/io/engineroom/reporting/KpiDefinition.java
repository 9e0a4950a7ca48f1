package io.engineroom.reporting;

/**
 * One KPI, defined once: shown beside every figure that uses it.
 *
 * @param key stable id, e.g. {@code engagement_rate}
 * @param unit {@code count}, {@code percent}, {@code minutes} or {@code hours}
 * @param higherIsBetter how a change against the previous period or the target reads
 */
public record KpiDefinition(String key, String name, String formula, String source, String whyItMatters,
        String unit, boolean higherIsBetter) {
}
