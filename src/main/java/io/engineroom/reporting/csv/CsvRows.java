package io.engineroom.reporting.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: commas, double quotes around fields that hold commas, quotes or line breaks; a quote
 * inside one doubled) into rows. Platform exports differ in small ways, so it also takes CRLF or LF, a UTF-8 byte
 * order mark and a semicolon as the separator when the header has no comma. A row keeps the line number it starts
 * on, as a spreadsheet shows it, so problems can point at it.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** @param problem why the row could not be split (an unclosed quote), else null */
    public record Row(int number, List<String> fields, String problem) {
    }

    public static List<Row> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separatorOf(csv);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(rows, new Row(rowStart, List.copyOf(fields), null));
                fields.clear();
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            rows.add(new Row(rowStart, List.of(), "A quoted field is not closed"));
        } else if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(rows, new Row(rowStart, List.copyOf(fields), null));
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, Row row) {
        if (!(row.fields().size() == 1 && row.fields().get(0).isBlank())) {
            rows.add(row);
        }
    }

    private static char separatorOf(String csv) {
        int end = csv.indexOf('\n');
        String header = end < 0 ? csv : csv.substring(0, end);
        return !header.contains(",") && header.contains(";") ? ';' : ',';
    }
}
