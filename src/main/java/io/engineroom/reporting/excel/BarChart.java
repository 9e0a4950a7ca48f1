package io.engineroom.reporting.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel column chart over a table on the same sheet: the chart holds cell ranges, not copied numbers,
 * so a reader who corrects a figure sees the chart follow. Only on XSSF sheets (a streamed sheet cannot carry
 * charts); the report's charted tables are small.
 */
final class BarChart {

    private static final List<PresetColor> COLOURS = List.of(PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
            PresetColor.SEA_GREEN);

    private final XSSFSheet sheet;
    private final String title;
    private final int headerRow;
    private final int firstRow;
    private final int lastRow;
    private final int categoryColumn;
    private final List<Integer> valueColumns = new ArrayList<>();
    private String numberFormat;

    /** The table's rows {@code firstRow..lastRow} (0-based, inclusive) under its header row. */
    BarChart(XSSFSheet sheet, String title, int headerRow, int firstRow, int lastRow, int categoryColumn) {
        this.sheet = sheet;
        this.title = title;
        this.headerRow = headerRow;
        this.firstRow = firstRow;
        this.lastRow = lastRow;
        this.categoryColumn = categoryColumn;
    }

    /** A series from a column; its name is the column's header. */
    BarChart series(int column) {
        valueColumns.add(column);
        return this;
    }

    BarChart axisFormat(String format) {
        this.numberFormat = format;
        return this;
    }

    /** Draws the chart in the rectangle from (column, row) to (toColumn, toRow), cells, 0-based. */
    XSSFChart drawAt(int column, int row, int toColumn, int toRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, row, toColumn, toRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (numberFormat != null) {
            values.setNumberFormat(numberFormat);
        }
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        var names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
        for (int i = 0; i < valueColumns.size(); i++) {
            int valueColumn = valueColumns.get(i);
            var series = bars.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, valueColumn, valueColumn)));
            series.setTitle(sheet.getRow(headerRow).getCell(valueColumn).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), headerRow, valueColumn, true, true));
            // an explicit fill: without one, LibreOffice draws the bars invisible
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS.get(i % COLOURS.size()))));
        }
        chart.plot(bars);
        return chart;
    }
}
