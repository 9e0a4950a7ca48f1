package io.engineroom.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.engineroom.reporting.ReportFile;
import io.engineroom.reporting.Reports;
import java.io.ByteArrayInputStream;

/**
 * A link that downloads a report's workbook. The file is read when the link is followed, as the person following
 * it: {@link Reports#download(long)} checks they are a reader of the report's brand.
 */
class ReportDownload extends Anchor {

    ReportDownload(Reports reports, long reportId, String text) {
        super(DownloadHandler.fromInputStream(download -> {
            ReportFile file = reports.download(reportId).orElse(null);
            if (file == null) {
                return DownloadResponse.error(404, "Report " + reportId + " has no workbook yet");
            }
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.contentType(), file.content().length);
        }), text);
        getElement().setAttribute("download", true);
    }
}
