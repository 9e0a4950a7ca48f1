package io.engineroom.reporting.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/** SXSSF's temporary file of one streamed sheet, written through {@link Utf8Writer}. */
final class TempSheetWriter extends SheetDataWriter {

    TempSheetWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        return new Utf8Writer(new FileOutputStream(file));
    }
}
