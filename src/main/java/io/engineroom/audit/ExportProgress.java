package io.engineroom.audit;

/** Told after each page an export wrote: rows written so far of the rows counted when it began. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void rows(long done, long total);
}
