package io.engineroom.reporting.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * SXSSF over the charted sheets, tuned for million-row sheets: temporary sheet files written through a lock-free
 * UTF-8 writer, and the finished file zipped with the fastest deflate level (a million-row sheet is several hundred
 * MB of XML; the default level spent seconds on it for a file only somewhat smaller).
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(XSSFWorkbook charted, int rowsInMemory) {
        super(charted, rowsInMemory, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new TempSheetWriter(getSharedStringSource());
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
