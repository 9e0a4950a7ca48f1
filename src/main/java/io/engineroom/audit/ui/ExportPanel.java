package io.engineroom.audit.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.engineroom.audit.ExportFormat;
import io.engineroom.audit.ExportProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Export buttons with a progress bar: the export is written to a temporary file in the background
 * ({@link ExportRunner}) while the bar follows through {@link UI#access} (pushed to the browser); then a download
 * link appears. The file is deleted when the next export starts or the screen closes.
 */
class ExportPanel extends HorizontalLayout {

    /**
     * One export the panel offers: a button's label, the file's name and how to write it. {@code job} is asked on
     * the click, so the export writes what the screen showed then, whatever the filters are changed to meanwhile.
     */
    record Choice(String id, String label, ExportFormat format, String fileName, Supplier<Job> job) {
    }

    @FunctionalInterface
    interface Job {
        void write(OutputStream out, ExportProgress progress);
    }

    final ProgressBar progress = new ProgressBar(0, 1);
    final Span status = new Span();
    final Anchor download = new Anchor();
    private final List<Button> buttons = new ArrayList<>();
    private final ExportRunner runner;
    private Path file;

    ExportPanel(ExportRunner runner, List<Choice> choices) {
        this.runner = runner;
        setAlignItems(Alignment.CENTER);
        for (Choice choice : choices) {
            Button button = new Button(choice.label(), click -> start(choice));
            button.setId(choice.id());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(button);
            add(button);
        }
        progress.setWidth("12rem");
        progress.setVisible(false);
        status.addClassName("er-small");
        download.setVisible(false);
        download.setId("export-download");
        status.setId("export-status");
        progress.setId("export-progress");
        add(progress, status, download);
    }

    private void start(Choice choice) {
        UI ui = UI.getCurrent();
        discardFile();
        Path target;
        try {
            target = Files.createTempFile("engine-room-export-", "." + choice.format().extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file = target;
        buttons.forEach(button -> button.setEnabled(false));
        download.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.removeClassName("er-error-text");
        status.setText("Exporting…");
        Job job = choice.job().get();
        runner.run(() -> {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
                job.write(out, (done, total) -> ui.access(() -> progressed(done, total)));
                access(ui, () -> finished(choice, target));
            } catch (UIDetachedException screenClosed) {
                // nobody is waiting for the file any more: stop writing it (onDetach deleted it)
            } catch (IOException | RuntimeException refused) {
                access(ui, () -> failed(refused.getMessage()));
            }
        });
    }

    private static void access(UI ui, Command update) {
        try {
            ui.access(update);
        } catch (UIDetachedException screenClosed) {
            // the person left the screen; there is nothing to show any more
        }
    }

    private void progressed(long done, long total) {
        progress.setValue(total == 0 ? 1 : (double) done / total);
        status.setText(done + " of " + total + " rows");
    }

    private void finished(Choice choice, Path written) {
        buttons.forEach(button -> button.setEnabled(true));
        progress.setValue(1);
        if (!written.equals(file)) {
            return; // a newer export replaced this one
        }
        download.setHref(DownloadHandler.fromInputStream(event -> {
            InputStream data = Files.newInputStream(written);
            return new DownloadResponse(data, choice.fileName(), choice.format().contentType(), Files.size(written));
        }));
        download.setText("Download " + choice.fileName());
        download.getElement().setAttribute("download", true);
        download.setVisible(true);
    }

    private void failed(String message) {
        buttons.forEach(button -> button.setEnabled(true));
        progress.setVisible(false);
        status.addClassName("er-error-text");
        status.setText("Export failed: " + message);
        discardFile();
    }

    /** The finished file, for tests: null until an export has finished. */
    Path file() {
        return download.isVisible() ? file : null;
    }

    private void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system's temp clean-up removes it if we cannot
            }
            file = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discardFile();
    }
}
