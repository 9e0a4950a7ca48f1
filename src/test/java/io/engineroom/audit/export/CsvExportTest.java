package io.engineroom.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How one cell is written: RFC 4180 quoting, and text a spreadsheet would run as a formula made inert. */
class CsvExportTest {

    @Test
    void quotesWhatWouldBreakTheRow() {
        assertThat(CsvExport.field("plain")).isEqualTo("plain");
        assertThat(CsvExport.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvExport.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvExport.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExport.field(null)).isEmpty();
        assertThat(CsvExport.field(Instant.parse("2021-03-04T05:06:07Z"))).isEqualTo("2021-03-04T05:06:07Z");
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() {
        assertThat(CsvExport.field("=HYPERLINK(\"http://evil.example\")")).isEqualTo(
                "\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(CsvExport.field("+1 looks fine")).isEqualTo("'+1 looks fine");
        assertThat(CsvExport.field("-approved")).isEqualTo("'-approved");
        assertThat(CsvExport.field("@legal")).isEqualTo("'@legal");
        // numbers are data, not typed text: a negative count stays a number
        assertThat(CsvExport.field(-3L)).isEqualTo("-3");
    }
}
