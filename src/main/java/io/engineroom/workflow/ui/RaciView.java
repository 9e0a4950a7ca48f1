package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.engineroom.identity.Roles;
import io.engineroom.workflow.RaciMatrix;
import io.engineroom.workflow.RaciStep;
import io.engineroom.workflow.SopRaci;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is responsible, accountable, consulted and informed in each shared SOP, read from the live models each time
 * the screen opens (so an approved new version shows at once), with the warnings (a step nobody does, a step two
 * roles approve) and the whole as an Excel workbook. Same audience as {@link SopsView}: the SOPs' owners.
 */
@Route("sops/raci")
@PageTitle("RACI · Engine Room")
@Menu(title = "RACI", order = 8.5)
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class RaciView extends VerticalLayout {

    static final String FILE_NAME = "sop-raci.xlsx";

    final List<RaciMatrix> matrices;
    final List<Grid<RaciStep>> grids = new ArrayList<>();
    final List<Span> warnings = new ArrayList<>();
    final Anchor download;

    public RaciView(SopRaci raci) {
        this.matrices = raci.matrices();
        setWidthFull();
        add(new H2("RACI"), new Paragraph("R: the step's candidate group. A: the group of the nearest task whose "
                + "outcome a gateway reads. C: reviewers whose decision can send the work back to the step. "
                + "I: groups told while the step waits (notice tasks)."));
        // read when the link is followed, as the person following it: SopRaci checks they own SOPs
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            raci.exportXlsx(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), FILE_NAME,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
        }), "Download as Excel");
        download.getElement().setAttribute("download", true);
        download.setId("raci-download");
        add(download);
        matrices.forEach(matrix -> add(section(matrix)));
    }

    private Component section(RaciMatrix matrix) {
        VerticalLayout section = new VerticalLayout(
                new H3(matrix.name() + " (" + matrix.key() + ", version " + matrix.version() + ")"));
        section.setPadding(false);
        for (String warning : matrix.warnings()) {
            Span span = new Span(warning);
            span.addClassName("er-raci-warning");
            warnings.add(span);
            section.add(span);
        }
        Grid<RaciStep> grid = new Grid<>();
        grid.setId("raci-" + matrix.key());
        grid.addColumn(RaciStep::name).setHeader("Step").setAutoWidth(true).setFrozen(true);
        for (String role : matrix.roles()) {
            grid.addColumn(step -> step.letters(role)).setHeader(role).setAutoWidth(true).setKey(role);
        }
        grid.setItems(matrix.steps());
        grid.setAllRowsVisible(true);
        grids.add(grid);
        section.add(grid);
        return section;
    }
}
