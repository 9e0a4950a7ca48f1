package io.engineroom.audit.export;

import java.util.List;

/**
 * One table of an export, read a page at a time so an export of any size holds one page in memory. Cells are
 * {@code String}, {@code Number}, {@code java.time.Instant} or null.
 */
public interface ExportTable {

    String name();

    List<String> headers();

    /** The number of rows, counted before writing starts (for the progress bar). */
    long total();

    /** The rows from {@code offset}, at most {@code limit}; fewer (or none) at the end. */
    List<List<Object>> page(int offset, int limit);
}
