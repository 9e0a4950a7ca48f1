package io.engineroom.reporting.excel;

import io.engineroom.reporting.KpiDefinition;
import io.engineroom.reporting.KpiDictionary;
import io.engineroom.reporting.ReportPeriod;
import io.engineroom.reporting.ReportingMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds one brand's workbook for one period. The small sheets with charts are made in a plain XSSF workbook
 * (a streamed sheet cannot hold charts); that workbook is then wrapped in SXSSF for the detail sheets, whose rows
 * go to a temporary file as they come, so memory stays flat however many interactions the period had. The
 * temporary files are deleted when the workbook has been written, also when writing fails.
 */
public final class ExcelReport {

    static final String CHANNELS = "Channels";
    static final String PILLARS = "Pillars";
    static final String SLA = "SLA";
    static final String APPROVAL = "Approval";
    static final String POSTS = "Top & bottom posts";
    static final String INSIGHTS = "Insights";
    static final String DICTIONARY = "Dictionary";
    /** Top and bottom posts shown. */
    static final int POSTS_SHOWN = 10;
    /** Rows SXSSF keeps in memory per streamed sheet before flushing them to its temporary file. */
    private static final int WINDOW = 200;

    private final ReportingMetrics metrics;
    private final KpiDictionary dictionary;

    public ExcelReport(ReportingMetrics metrics, KpiDictionary dictionary) {
        this.metrics = metrics;
        this.dictionary = dictionary;
    }

    public void write(ReportPeriod period, String insights, OutputStream out) throws IOException {
        List<KpiDefinition> definitions = dictionary.all();
        Map<String, KpiDefinition> byKey = new LinkedHashMap<>();
        definitions.forEach(definition -> byKey.put(definition.key(), definition));

        XSSFWorkbook charted = new XSSFWorkbook();
        Styles styles = new Styles(charted);
        new SummarySheet(styles).write(charted.createSheet(SummarySheet.NAME), period, metrics.kpis(period), byKey);
        FigureSheets figures = new FigureSheets(styles);
        figures.channels(charted.createSheet(CHANNELS), metrics.channels(period));
        figures.pillars(charted.createSheet(PILLARS), metrics.pillars(period));
        figures.sla(charted.createSheet(SLA), metrics.sla(period));
        figures.approval(charted.createSheet(APPROVAL), metrics.approvalStages(period));
        figures.posts(charted.createSheet(POSTS), metrics.posts(period, POSTS_SHOWN, true),
                metrics.posts(period, POSTS_SHOWN, false));
        new ListeningSheet(styles).write(charted.createSheet(ListeningSheet.NAME), metrics.listening(period));
        new InfluencerSheet(styles).write(charted.createSheet(InfluencerSheet.NAME),
                metrics.influencerCampaigns(period));

        charted.forEach(Tables::printable);
        SXSSFWorkbook workbook = new StreamingWorkbook(charted, WINDOW);
        try {
            DetailSheets details = new DetailSheets(styles);
            StreamedSheet interactions = details.interactions(workbook);
            metrics.eachInteraction(period, row -> details.write(interactions, row));
            interactions.noneWritten("No interactions were received in this period.");
            StreamedSheet postDays = details.postDays(workbook);
            metrics.eachPostDay(period, row -> details.write(postDays, row));
            postDays.noneWritten("No post had figures in this period.");
            TextSheets text = new TextSheets(styles);
            text.insights(workbook.createSheet(INSIGHTS), SummarySheet.title(period), insights);
            text.dictionary(workbook.createSheet(DICTIONARY), definitions);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
