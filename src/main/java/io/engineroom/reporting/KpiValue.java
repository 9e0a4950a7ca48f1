package io.engineroom.reporting;

/** A KPI's figure for a period, the previous period's and the brand's target; null where there is none. */
public record KpiValue(String kpi, Double value, Double previous, Double target) {
}
