package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.engineroom.workflow.SopExport;
import io.engineroom.workflow.SopKind;
import io.engineroom.workflow.SopMigration;
import io.engineroom.workflow.SopVersion;
import io.engineroom.workflow.SopVersions;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;

/**
 * The versions of the SOP chosen on the SOPs screen (whose version, where it stands under change control, deployed
 * when, by whom, from where, running instances in my brands), each with export, compare and — for processes —
 * migrate. A grid of its own because its row actions open three dialogs the rest of the screen knows nothing about.
 */
class SopVersionsGrid extends Grid<SopVersion> {

    private final SopVersions sops;
    private final SopMigration migration;
    private final Runnable migrated;
    private final Function<String, String> brandName;
    private List<SopVersion> shown = List.of();

    /**
     * @param migrated  run after a migration, so the screen reads the SOPs again
     * @param brandName a brand's name by its id
     */
    SopVersionsGrid(SopVersions sops, SopMigration migration, Runnable migrated, Function<String, String> brandName) {
        this.sops = sops;
        this.migration = migration;
        this.migrated = migrated;
        this.brandName = brandName;
        setId("sops-versions");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(SopVersion::version).setHeader("Version").setKey("version").setWidth("6rem").setFlexGrow(0);
        addColumn(version -> version.shared() ? "Shared" : brandName.apply(version.brandId())).setHeader("For")
                .setKey("brand").setWidth("10rem").setFlexGrow(0);
        addComponentColumn(this::status).setHeader("Status").setKey("status").setWidth("16rem").setFlexGrow(0);
        addColumn(version -> version.deployedAt() == null ? "" : SopsView.DEPLOYED.format(version.deployedAt()))
                .setHeader("Deployed").setKey("deployedAt").setWidth("10rem").setFlexGrow(0);
        addColumn(SopVersion::deployedBy).setHeader("By").setKey("deployedBy")
                .setTooltipGenerator(SopVersion::deployedBy);
        addColumn(SopVersion::source).setHeader("From").setKey("source").setTooltipGenerator(SopVersion::source);
        addColumn(SopVersion::resourceName).setHeader("File").setKey("file")
                .setTooltipGenerator(SopVersion::resourceName);
        addColumn(version -> version.runningInstances() == null ? "" : version.runningInstances())
                .setHeader("Running").setKey("running").setWidth("6rem").setFlexGrow(0);
        addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("20rem").setFlexGrow(0);
        setAllRowsVisible(true);
    }

    void show(List<SopVersion> versions) {
        shown = versions;
        setItems(versions);
    }

    /** "v3" for a shared version, "beanleaf-v1" for a brand's own: version numbers count per brand. */
    static String rowId(SopVersion version) {
        return version.shared() ? String.valueOf(version.version()) : version.brandId() + "-" + version.version();
    }

    /** A badge: live green, waiting for review (and who proposed it) neutral, rejected red, superseded grey. */
    private Component status(SopVersion version) {
        SopVersion.Status status = version.status();
        String text = status == SopVersion.Status.IN_REVIEW ? status.label() + " (proposed by " + version.deployedBy()
                + ")" : status.label();
        Span badge = new Span(text);
        badge.setId("sops-version-status-" + rowId(version));
        badge.getElement().getThemeList().add(switch (status) {
            case LIVE -> "badge success";
            case IN_REVIEW -> "badge";
            case REJECTED -> "badge error";
            case SUPERSEDED -> "badge contrast";
        });
        badge.getElement().setAttribute("title", text);
        return badge;
    }

    private Component actions(SopVersion version) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            SopExport file = sops.export(version.definitionId());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), "application/xml",
                    file.content().length);
        }), "Export");
        export.getElement().setAttribute("download", true);
        export.setId("export-" + rowId(version));
        Button compare = new Button("Compare", click -> new SopDiffDialog(sops, shown, version).open());
        compare.setId("compare-" + rowId(version));
        compare.addThemeVariants(ButtonVariant.LUMO_SMALL);
        compare.setEnabled(shown.size() > 1);
        HorizontalLayout actions = new HorizontalLayout(export, compare);
        actions.setAlignItems(Alignment.BASELINE);
        if (version.kind() == SopKind.PROCESS) {
            Button migrate = new Button("Migrate…", click -> new SopMigrationDialog(migration, shown, version,
                    migrated).open());
            migrate.setId("migrate-" + rowId(version));
            migrate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            migrate.setEnabled(shown.size() > 1);
            actions.add(migrate);
        }
        return actions;
    }
}
