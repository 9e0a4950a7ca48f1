package io.engineroom.reporting.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A detail table longer than a sheet goes on in a second and third sheet, each with the header, nothing lost. */
class StreamedSheetTest {

    @Test
    void rowsPastTheSheetLimitGoOnInTheNextSheetUnderTheSameHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(2)) {
            Styles styles = new Styles(workbook);
            StreamedSheet sheet = new StreamedSheet(workbook, styles, "Rows",
                    List.of(new Column("Number", 10)), 4); // a header and 3 rows per sheet
            for (int n = 1; n <= 7; n++) {
                sheet.next().number(n, styles.count);
            }
            assertThat(sheet.rows()).isEqualTo(7);
            workbook.write(out);
            workbook.dispose();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(IntStream.range(0, read.getNumberOfSheets()).mapToObj(read::getSheetName))
                    .containsExactly("Rows", "Rows (2)", "Rows (3)");
            assertThat(read.getSheet("Rows (2)").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Number");
            assertThat(read.getSheet("Rows (2)").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(read.getSheet("Rows (3)").getLastRowNum()).isEqualTo(1);
            assertThat(read.getSheet("Rows (3)").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7);
        }
    }
}
