package io.engineroom.benchmark;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Counts each sheet's rows of a large .xlsx by reading the sheet XML as a stream (opening a million-row workbook
 * with XSSFWorkbook would need gigabytes).
 */
final class WorkbookRows {

    private WorkbookRows() {
    }

    static Map<String, Long> count(Path file) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(workbook).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    rows.put(sheets.getSheetName(), rowsIn(sheet));
                }
            }
        }
        return rows;
    }

    private static long rowsIn(InputStream sheet) throws Exception {
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(sheet);
        long rows = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                rows++;
            }
        }
        xml.close();
        return rows;
    }
}
