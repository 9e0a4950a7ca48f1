package io.engineroom.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.Roles;
import io.engineroom.reporting.ChannelMetricsImport;
import io.engineroom.reporting.ChannelMetricsImport.Report;
import io.engineroom.reporting.ChannelMetricsImport.RowProblem;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * Import a platform's CSV export of a channel's daily figures: choose brand and channel, upload; a progress bar
 * while the rows are stored (the import runs on the upload's request and reports through {@link UI#access},
 * pushed to the browser), then each bad row's problems in a grid. Good rows are stored even when others are bad.
 */
@Route("reports/import")
@PageTitle("Import metrics · Engine Room")
@Menu(title = "Import metrics", order = 60)
@RolesAllowed({Roles.ANALYST, Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class MetricsImportView extends VerticalLayout {

    private final ChannelMetricsImport imports;
    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final ComboBox<ChannelSummary> channel = new ComboBox<>("Channel");
    final Upload upload = new Upload(this::receive);
    final Grid<RowProblem> problems = new Grid<>();
    private final CsvImportStatus<RowProblem> status = new CsvImportStatus<>("metrics-import", upload, problems);
    /** The choice as the upload's request thread reads it (it must not touch components). */
    private volatile ChannelSummary chosen;

    public MetricsImportView(ChannelMetricsImport imports, BrandService brands, CurrentUser currentUser) {
        this.imports = imports;
        EngineRoomUser me = currentUser.require();
        List<BrandSummary> mine = me.hasRole(Role.ADMIN) ? brands.all() : brands.find(me.brands());
        brand.setId("metrics-import-brand");
        brand.setItems(mine);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> {
            brand.setInvalid(false);
            channel.clear();
            channel.setItems(change.getValue() == null ? List.of() : imports.channels(change.getValue().id()));
        });
        channel.setId("metrics-import-channel");
        channel.setItemLabelGenerator(ChannelSummary::label);
        channel.setWidth("20rem");
        channel.setRequired(true);
        channel.addValueChangeListener(change -> {
            chosen = change.getValue();
            channel.setInvalid(false);
        });

        upload.setId("metrics-import-upload");
        upload.setMaxFileSize(ChannelMetricsImport.MAX_BYTES);
        problems.addColumn(RowProblem::row).setHeader("Row").setKey("row").setWidth("5rem").setFlexGrow(0);
        problems.addColumn(RowProblem::column).setHeader("Column").setKey("column").setWidth("12rem")
                .setFlexGrow(0);
        problems.addColumn(RowProblem::problem).setHeader("Problem").setKey("problem");

        Paragraph format = new Paragraph("The channel's daily figures as the platform exports them (CSV, UTF-8): one "
                + "row per day with a date column (2026-03-02 or 3/2/2026) and columns such as Impressions, Reach, "
                + "Engagements, Saves, Shares, Comments, Link clicks, follower change and Leads, named as the "
                + "platform names them. Other columns are ignored. Rows with problems are left out and listed below; "
                + "all other rows are stored. Importing a day again replaces its figures. The header is row 1.");
        format.addClassName("er-intro");
        add(new H2("Import metrics"), format, new HorizontalLayout(brand, channel),
                new VerticalLayout(upload, status.fileError()), status.progress(), status.progressText(),
                status.summary(), problems);
        setSizeFull();
    }

    /** On the upload's request thread: the import runs here, the screen follows through UI.access. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        ChannelSummary target = chosen;
        if (target == null) {
            ui.access(() -> {
                channel.setInvalid(true);
                channel.setErrorMessage("Choose the channel the figures are of");
                upload.clearFileList();
            });
            return;
        }
        ui.access(status::started);
        try (InputStream data = event.getInputStream()) {
            Report report = imports.importCsv(target.brandId(), target.id(), data,
                    step -> ui.access(() -> status.progressed(step.done(), step.total())));
            ui.access(() -> finished(report));
        } catch (InvalidInput refused) {
            ui.access(() -> status.failed(String.join("; ", refused.problems().values())));
        } catch (AccessDeniedException refused) {
            ui.access(() -> status.failed(refused.getMessage()));
        }
    }



    private void finished(Report report) {
        long badRows = report.problems().stream().map(RowProblem::row).distinct().count();
        status.finished(report.rows(), report.stored() + " day(s) stored (" + report.replaced() + " replaced), "
                + badRows + " row(s) with problems left out", report.problems());
    }


}
