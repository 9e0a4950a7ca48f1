package io.engineroom.inbox.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.CsvImportStatus;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.Roles;
import io.engineroom.inbox.InteractionImport;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Import interactions from a CSV file into one channel: a progress bar while the rows are stored in chunks (the
 * import runs on the upload's request and reports through {@link UI#access}, pushed to the browser), then every
 * row's problems in a grid. Good rows are imported even when others have problems.
 */
@Route("inbox/import")
@PageTitle("Import interactions · Engine Room")
@Menu(title = "Import interactions", order = 20)
@RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class ImportView extends VerticalLayout {

    private final InteractionImport imports;
    final ComboBox<ChannelSummary> channel = new ComboBox<>("Channel");
    final Upload upload = new Upload(this::receive);
    final Grid<InteractionImport.RowProblem> problems = new Grid<>();
    private final CsvImportStatus<InteractionImport.RowProblem> status =
            new CsvImportStatus<>("import", upload, problems);
    /** The chosen channel as the upload's request thread reads it (it must not touch components). */
    private volatile Long chosenChannel;

    public ImportView(InteractionImport imports, BrandService brands, CurrentUser currentUser) {
        this.imports = imports;
        List<ChannelSummary> channels = imports.channels();
        Map<String, String> brandNames = brands.find(currentUser.require().brands()).stream()
                .collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
        channel.setId("import-channel");
        channel.setItems(channels);
        channel.setItemLabelGenerator(one -> brandNames.getOrDefault(one.brandId(), one.brandId()) + " · "
                + one.label());
        channel.setWidth("24rem");
        channel.setRequired(true);
        channel.addValueChangeListener(change -> {
            chosenChannel = change.getValue() == null ? null : change.getValue().id();
            channel.setInvalid(false);
        });

        upload.setId("import-upload");
        upload.setMaxFileSize(InteractionImport.MAX_BYTES);
        problems.addColumn(InteractionImport.RowProblem::row).setHeader("Row").setKey("row").setWidth("5rem")
                .setFlexGrow(0);
        problems.addColumn(InteractionImport.RowProblem::field).setHeader("Field").setKey("field").setWidth("10rem")
                .setFlexGrow(0);
        problems.addColumn(InteractionImport.RowProblem::message).setHeader("Problem").setKey("message");

        Paragraph format = new Paragraph("A CSV file (UTF-8) with the header " + String.join(",",
                InteractionImport.COLUMNS) + ". kind: COMMENT, DIRECT_MESSAGE, MENTION or REVIEW; occurredAt: "
                + "ISO-8601 such as 2026-11-21T09:30:00Z; authorName, inReplyTo and priority (LOW, NORMAL, HIGH) may be "
                + "empty. Rows with problems are left out and listed below; all other rows are imported. A row "
                + "imported before (same externalId) is not imported twice. Row numbers count as in a spreadsheet: "
                + "the header is row 1.");
        format.addClassName("er-intro");
        add(new H2("Import interactions"), format, channel, new VerticalLayout(upload, status.fileError()),
                status.progress(), status.progressText(), status.summary(), problems);
        setSizeFull();
    }

    /** On the upload's request thread: the import runs here, the screen follows through UI.access. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Long channelId = chosenChannel;
        if (channelId == null) {
            ui.access(() -> {
                channel.setInvalid(true);
                channel.setErrorMessage("Choose the channel to import into");
                upload.clearFileList();
            });
            return;
        }
        ui.access(status::started);
        try (InputStream data = event.getInputStream()) {
            InteractionImport.Report report = imports.importCsv(channelId, data,
                    step -> ui.access(() -> status.progressed(step.done(), step.total())));
            ui.access(() -> finished(report));
        } catch (InvalidInput refused) {
            ui.access(() -> status.failed(String.join("; ", refused.problems().values())));
        } catch (AccessDeniedException refused) {
            ui.access(() -> status.failed(refused.getMessage()));
        }
    }



    private void finished(InteractionImport.Report report) {
        long badRows = report.problems().stream().map(InteractionImport.RowProblem::row).distinct().count();
        status.finished(report.rows(), report.imported() + " imported, " + report.duplicates() + " already there, "
                + badRows + " row(s) with problems left out", report.problems());
    }


}
