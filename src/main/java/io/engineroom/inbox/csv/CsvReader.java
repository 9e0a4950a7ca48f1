package io.engineroom.inbox.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it (and spreadsheets export it): fields separated by commas, a field in double
 * quotes may hold commas, line breaks and doubled quotes ({@code ""}); records end with LF or CRLF; a byte-order
 * mark at the start is dropped. A quote inside an unquoted field is an ordinary character. A record whose quotes
 * do not close, or that has characters between a closing quote and the next comma, carries a problem instead of
 * guessing what was meant. Records are numbered as spreadsheet rows: the first record (the header) is row 1.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** One record: its row number, its fields, and what is wrong with it (null when nothing). */
    public record Row(int number, List<String> fields, String problem) {

        boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** Every record, blank lines left out. */
    public static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int position = 0;
        int number = 0;
        while (position < csv.length()) {
            number++;
            List<String> fields = new ArrayList<>();
            String problem = null;
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (position < csv.length() && csv.charAt(position) == '"') {
                    // a quoted field: up to the quote that is not doubled
                    int close = position + 1;
                    while (true) {
                        if (close >= csv.length()) {
                            problem = "A quoted field is not closed";
                            break;
                        }
                        if (csv.charAt(close) == '"') {
                            if (close + 1 < csv.length() && csv.charAt(close + 1) == '"') {
                                field.append('"');
                                close += 2;
                                continue;
                            }
                            break;
                        }
                        field.append(csv.charAt(close++));
                    }
                    position = close + 1;
                    if (problem != null) {
                        position = csv.length();
                    } else if (position < csv.length() && !isSeparator(csv, position)) {
                        problem = "Unexpected text after a closing quote";
                        position = skipToEndOfLine(csv, position);
                    }
                } else {
                    while (position < csv.length() && !isSeparator(csv, position)) {
                        field.append(csv.charAt(position++));
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (position < csv.length() && csv.charAt(position) == ',') {
                    position++;
                    if (position >= csv.length()) {
                        fields.add("");
                        endOfRecord = true;
                    }
                } else {
                    position = skipLineBreak(csv, position);
                    endOfRecord = true;
                }
            }
            Row row = new Row(number, List.copyOf(fields), problem);
            if (row.blank() && problem == null) {
                number--; // a blank line is no row, as in a spreadsheet's import
            } else {
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean isSeparator(String csv, int position) {
        char c = csv.charAt(position);
        return c == ',' || c == '\n' || c == '\r';
    }

    private static int skipLineBreak(String csv, int position) {
        if (position < csv.length() && csv.charAt(position) == '\r') {
            position++;
        }
        if (position < csv.length() && csv.charAt(position) == '\n') {
            position++;
        }
        return position;
    }

    private static int skipToEndOfLine(String csv, int position) {
        while (position < csv.length() && csv.charAt(position) != '\n' && csv.charAt(position) != '\r') {
            position++;
        }
        return position;
    }
}
