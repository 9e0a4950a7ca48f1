package io.engineroom.reporting;

/** A report's stored workbook. */
public record ReportFile(String fileName, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
