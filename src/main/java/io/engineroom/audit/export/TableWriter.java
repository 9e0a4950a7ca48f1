package io.engineroom.audit.export;

import io.engineroom.audit.ExportProgress;
import java.util.List;
import java.util.function.Consumer;

/** Pages through a table, hands each row on and reports progress after each page. */
final class TableWriter {

    static final int PAGE = 500;

    private TableWriter() {
    }

    /** Writes every row of every table; progress counts rows across all of them. */
    static void each(List<ExportTable> tables, ExportProgress progress, TableSink sink) {
        long total = tables.stream().mapToLong(ExportTable::total).sum();
        long done = 0;
        progress.rows(0, total);
        for (ExportTable table : tables) {
            sink.begin(table);
            int offset = 0;
            while (true) {
                List<List<Object>> rows = table.page(offset, PAGE);
                rows.forEach(sink::row);
                done += rows.size();
                offset += rows.size();
                progress.rows(done, Math.max(done, total));
                if (rows.size() < PAGE) {
                    break;
                }
            }
        }
    }

    interface TableSink {
        void begin(ExportTable table);

        void row(List<Object> cells);

        static TableSink of(Consumer<ExportTable> begin, Consumer<List<Object>> row) {
            return new TableSink() {
                @Override
                public void begin(ExportTable table) {
                    begin.accept(table);
                }

                @Override
                public void row(List<Object> cells) {
                    row.accept(cells);
                }
            };
        }
    }
}
