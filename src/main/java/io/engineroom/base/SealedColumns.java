package io.engineroom.base;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The columns of one table that hold sealed secrets ({@link SecretBox}), declared as a bean by the module that owns
 * the table: at start-up every plain-text value and every value sealed with a previous key in them is sealed again
 * with the current key, so an old key can be retired and no secret stays in plain text.
 *
 * @param table    the table
 * @param idColumn its primary key column (one column)
 * @param columns  its secret columns
 */
public record SealedColumns(String table, String idColumn, List<String> columns) {

    /** Names are put into SQL as they are: only plain identifiers are taken. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public SealedColumns {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("No secret columns given for " + table);
        }
        for (String name : Stream.concat(Stream.of(table, idColumn), columns.stream()).toList()) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
            }
        }
    }

    public SealedColumns(String table, String idColumn, String... columns) {
        this(table, idColumn, List.of(columns));
    }
}
