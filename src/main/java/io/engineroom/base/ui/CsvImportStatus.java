package io.engineroom.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;

/**
 * What a CSV import screen shows around its upload, the same on every such screen: a file error next to the upload,
 * a progress bar with "n of m rows" while the import runs, a summary, and the grid of rows left out. The screen
 * places the components and says what the import found; ids are {@code <prefix>-error}, {@code -progress},
 * {@code -progress-text}, {@code -summary} and {@code -problems}. Call the methods on the UI thread.
 */
public final class CsvImportStatus<P> {

    private final Upload upload;
    private final Span fileError = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Span summary = new Span();
    private final Grid<P> problems;

    public CsvImportStatus(String idPrefix, Upload upload, Grid<P> problems) {
        this.upload = upload;
        this.problems = problems;
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.addFileRejectedListener(rejected -> showFileError(rejected.getErrorMessage()));
        fileError.setId(idPrefix + "-error");
        fileError.addClassName("er-field-error");
        showFileError(null);
        progress.setId(idPrefix + "-progress");
        progress.setVisible(false);
        progressText.setId(idPrefix + "-progress-text");
        summary.setId(idPrefix + "-summary");
        problems.setId(idPrefix + "-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.setVisible(false);
    }

    /** Goes right under the upload, so a refusal reads as the upload's own. */
    public Span fileError() {
        return fileError;
    }

    public ProgressBar progress() {
        return progress;
    }

    public Span progressText() {
        return progressText;
    }

    public Span summary() {
        return summary;
    }

    public void started() {
        showFileError(null);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText("Reading the file…");
        summary.setText("");
        problems.setVisible(false);
    }

    public void progressed(long done, long total) {
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(done + " of " + total + " rows");
    }

    /** The import ended: every row read, what it did in a sentence, and the rows it left out (if any). */
    public void finished(long rows, String whatItDid, List<P> rowsLeftOut) {
        progress.setValue(1);
        progressText.setText(rows + " of " + rows + " rows");
        summary.setText(whatItDid);
        problems.setItems(rowsLeftOut);
        problems.setVisible(!rowsLeftOut.isEmpty());
        upload.clearFileList();
    }

    /** Nothing was imported, for this reason. */
    public void failed(String message) {
        progress.setVisible(false);
        progressText.setText("");
        showFileError("Nothing imported: " + message);
        upload.clearFileList();
    }

    private void showFileError(String message) {
        fileError.setText(message == null ? "" : message);
        fileError.setVisible(message != null && !message.isBlank());
    }
}
