package io.engineroom.audit.export;

import io.engineroom.audit.ExportProgress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One table as CSV after RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote
 * or a line break, quotes inside doubled; UTF-8; the header first; times as ISO-8601 instants (UTC). Text that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return: a comment such as
 * {@code =HYPERLINK(...)}) gets a leading apostrophe, so opening the export never runs what someone typed into a form.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(ExportTable table, OutputStream out, ExportProgress progress) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            TableWriter.each(List.of(table), progress, TableWriter.TableSink.of(
                    begun -> line(writer, List.copyOf(begun.headers())),
                    cells -> line(writer, cells)));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer writer, List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(field(cells.get(i)));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof Instant instant ? instant.toString() : cell.toString();
        if (cell instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
