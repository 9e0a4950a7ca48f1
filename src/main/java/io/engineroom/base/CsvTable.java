package io.engineroom.base;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader of Engine Room's imports, on Apache Commons CSV, so both imports read quotes, line breaks
 * inside quotes, CRLF and a byte-order mark the same way and point at a problem by row and column (its header
 * name). The first non-blank record is the header. Blank lines are no rows. A record that cannot be read (an
 * unclosed quote, text after a closing quote where the {@link Dialect} refuses it) carries a problem instead of
 * fields, and the records after it are still read: one broken row does not cost the whole file.
 */
public final class CsvTable {

    public static final String UNCLOSED_QUOTE = "A quoted field is not closed";
    public static final String TEXT_AFTER_QUOTE = "Unexpected text after a closing quote";

    /** How a file is written and how its rows are numbered. */
    public enum Dialect {
        /**
         * Commas only; text after a closing quote is a problem of its row; rows are counted as records (a record
         * with a line break in quotes is one row), as a spreadsheet shows them.
         */
        STRICT(false, false, false),
        /**
         * Platform exports: a semicolon separates when the header line has no comma but a semicolon; text after a
         * closing quote belongs to the field; a row is numbered by the line it starts on.
         */
        EXPORT(true, true, true);

        private final boolean semicolonWhenHeaderHasNoComma;
        private final boolean textAfterQuoteKept;
        private final boolean numberedByLine;

        Dialect(boolean semicolonWhenHeaderHasNoComma, boolean textAfterQuoteKept, boolean numberedByLine) {
            this.semicolonWhenHeaderHasNoComma = semicolonWhenHeaderHasNoComma;
            this.textAfterQuoteKept = textAfterQuoteKept;
            this.numberedByLine = numberedByLine;
        }
    }

    /** One record: its row number (the header is row 1), its fields, and what is wrong with it (null when nothing). */
    public record Row(int number, List<String> fields, String problem) {
    }

    /** A problem of one row; column is a header name, or empty when the row as a whole is wrong. */
    public record Problem(int row, String column, String message) {
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static CsvTable read(String text, Dialect dialect) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = dialect.semicolonWhenHeaderHasNoComma ? separatorOf(csv) : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setTrailingData(dialect.textAfterQuoteKept).get();
        int[] lineStarts = lineStarts(csv);
        List<Row> rows = new ArrayList<>();
        int offset = 0;
        while (offset < csv.length()) {
            offset = readFrom(csv, offset, format, dialect, lineStarts, rows);
        }
        return new CsvTable(rows);
    }

    /** Reads records from offset on; returns where to go on after a broken record, or the end. */
    private static int readFrom(String csv, int offset, CSVFormat format, Dialect dialect, int[] lineStarts,
            List<Row> rows) {
        int firstLine = lineOf(lineStarts, offset); // 0-based line of the text where this parser starts
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv.substring(offset)))
                .setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int linesDone = 0; // lines of this parser's text that records have ended on
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return csv.length();
                    }
                    record = records.next();
                } catch (UncheckedIOException broken) {
                    boolean unclosed = !isTextAfterQuote(broken);
                    int number = dialect.numberedByLine ? firstLine + linesDone + 1 : rows.size() + 1;
                    rows.add(new Row(number, List.of(), unclosed ? UNCLOSED_QUOTE : TEXT_AFTER_QUOTE));
                    // Commons CSV cannot go on after a broken record: go on on the line after the one it stopped on
                    int next = firstLine + (int) parser.getCurrentLineNumber();
                    return unclosed || next >= lineStarts.length ? csv.length() : lineStarts[next];
                }
                linesDone = (int) parser.getCurrentLineNumber();
                List<String> fields = record.toList();
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue; // a blank line is no row, as in a spreadsheet's import
                }
                int line = lineOf(lineStarts, offset + (int) record.getCharacterPosition());
                rows.add(new Row(dialect.numberedByLine ? line + 1 : rows.size() + 1, List.copyOf(fields), null));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable); // a StringReader does not fail
        }
    }

    private static boolean isTextAfterQuote(UncheckedIOException broken) {
        return String.valueOf(broken.getCause().getMessage()).startsWith("Invalid char");
    }

    private static int[] lineStarts(String csv) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                i++;
            }
            if ((c == '\r' || c == '\n') && i + 1 < csv.length()) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based line that holds a character offset. */
    private static int lineOf(int[] lineStarts, int offset) {
        int line = java.util.Arrays.binarySearch(lineStarts, offset);
        return line >= 0 ? line : -line - 2;
    }

    private static char separatorOf(String csv) {
        int end = csv.indexOf('\n');
        String header = end < 0 ? csv : csv.substring(0, end);
        return !header.contains(",") && header.contains(";") ? ';' : ',';
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public Row header() {
        return rows.get(0);
    }

    /** Every row after the header. */
    public List<Row> data() {
        return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
    }

    /** The header's names (stripped) to their column index; a name twice keeps its last column. */
    public Map<String, Integer> columns() {
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = header().fields();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).strip(), i);
        }
        return columns;
    }

    /** The required columns the header lacks, in the order asked. */
    public List<String> missing(Collection<String> required) {
        Map<String, Integer> columns = columns();
        return required.stream().filter(column -> !columns.containsKey(column)).toList();
    }

    /** The header name of a column, as the file writes it (stripped). */
    public String columnName(int index) {
        return header().fields().get(index).strip();
    }

    /** What makes a row unreadable as a whole: its own problem, or a number of fields other than the header's. */
    public Optional<Problem> shapeProblem(Row row) {
        if (row.problem() != null) {
            return Optional.of(new Problem(row.number(), "", row.problem()));
        }
        int width = header().fields().size();
        if (row.fields().size() != width) {
            return Optional.of(new Problem(row.number(), "", "The row has " + row.fields().size()
                    + " fields, the header " + width));
        }
        return Optional.empty();
    }
}
