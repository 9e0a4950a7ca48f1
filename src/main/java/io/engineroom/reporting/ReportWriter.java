package io.engineroom.reporting;

import java.io.OutputStream;
import org.springframework.stereotype.Service;

/** TEMPORARY skeleton of the Excel report writer until the excel branch is merged (replaced by its version). */
@Service
public class ReportWriter {

    /** Writes the brand's workbook for the period (.xlsx) with the analyst's insights (null: none yet). */
    public void write(ReportPeriod period, String insights, OutputStream out) {
        throw new UnsupportedOperationException("excel report not merged yet");
    }
}
