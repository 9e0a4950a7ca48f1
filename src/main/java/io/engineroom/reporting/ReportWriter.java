package io.engineroom.reporting;

import io.engineroom.base.InvalidInput;
import io.engineroom.reporting.excel.ExcelReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brand's Excel report for a period: summary against the previous period and target, channels, pillars, SLA,
 * approval stages, top and bottom posts (each with a native chart where it helps), every interaction and post-day
 * row, the analyst's insights and the KPI dictionary. Streamed: memory does not grow with the period's rows.
 * Who may read the figures is checked where they are read ({@link ReportingMetrics}).
 */
@Service
public class ReportWriter {

    private final ReportingMetrics metrics;
    private final KpiDictionary dictionary;

    public ReportWriter(ReportingMetrics metrics, KpiDictionary dictionary) {
        this.metrics = metrics;
        this.dictionary = dictionary;
    }

    /**
     * Writes the brand's workbook for the period (.xlsx) with the analyst's insights (null: none yet). One
     * read-only transaction at repeatable read: every sheet sees the same snapshot, so the summary's counts match
     * the detail rows even while interactions keep arriving during the seconds a large report takes.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void write(ReportPeriod period, String insights, OutputStream out) {
        if (period == null) {
            throw new InvalidInput("period", "Choose the period the report is for.");
        }
        Objects.requireNonNull(out, "out");
        try {
            new ExcelReport(metrics, dictionary).write(period, insights, out);
        } catch (IOException e) {
            throw new UncheckedIOException("The report of " + period.brandId() + " for " + period.start()
                    + " could not be written", e);
        }
    }
}
