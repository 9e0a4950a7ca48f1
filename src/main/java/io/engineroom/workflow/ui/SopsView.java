package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.engineroom.identity.Roles;
import io.engineroom.workflow.DriftEntry;
import io.engineroom.workflow.DriftEntry.Status;
import io.engineroom.workflow.SopDrift;
import io.engineroom.workflow.SopExport;
import io.engineroom.workflow.SopKind;
import io.engineroom.workflow.SopMigration;
import io.engineroom.workflow.SopSummary;
import io.engineroom.workflow.SopVersion;
import io.engineroom.workflow.SopVersions;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SOPs for their owners: every deployed BPMN process and DMN decision with its drift from {@code processes/};
 * for the chosen one its versions (deployed when, by whom, from where, running instances in my brands) with export,
 * compare and migrate; and deploying files from here.
 */
@Route("sops")
@PageTitle("SOPs · Engine Room")
@Menu(title = "SOPs", order = 8)
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class SopsView extends VerticalLayout {

    private static final DateTimeFormatter DEPLOYED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final SopVersions sops;
    private final SopMigration migration;
    private final SopDrift drift;
    final Grid<SopSummary> list = new Grid<>();
    final Span notDeployed = new Span();
    final H3 versionsTitle = new H3();
    final Grid<SopVersion> versions = new Grid<>();
    final SopUpload upload;
    private Map<String, DriftEntry> driftByKey = new HashMap<>();
    private List<SopVersion> shownVersions = List.of();

    public SopsView(SopVersions sops, SopMigration migration, SopDrift drift) {
        this.sops = sops;
        this.migration = migration;
        this.drift = drift;
        this.upload = new SopUpload(sops, this::refresh);
        // the page grows with its sections and scrolls, so the versions and the upload stay reachable
        setWidthFull();

        list.setId("sops-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(SopSummary::key).setHeader("Key").setKey("key").setSortable(true);
        list.addColumn(SopSummary::name).setHeader("Name").setKey("name").setSortable(true)
                .setTooltipGenerator(SopSummary::name);
        list.addColumn(sop -> sop.kind().label()).setHeader("Kind").setKey("kind").setWidth("6rem").setFlexGrow(0);
        list.addColumn(SopSummary::latestVersion).setHeader("Latest").setKey("latest").setWidth("6rem")
                .setFlexGrow(0);
        list.addColumn(SopSummary::versions).setHeader("Versions").setKey("versions").setWidth("7rem")
                .setFlexGrow(0);
        list.addComponentColumn(this::driftBadge).setHeader("Against processes/").setKey("drift").setWidth("16rem")
                .setFlexGrow(0);
        list.setHeight("22rem");
        list.asSingleSelect().addValueChangeListener(change -> showVersions(change.getValue()));
        notDeployed.setId("sops-not-deployed");

        versions.setId("sops-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        versions.addColumn(SopVersion::version).setHeader("Version").setKey("version").setWidth("6rem")
                .setFlexGrow(0);
        versions.addColumn(version -> version.deployedAt() == null ? "" : DEPLOYED.format(version.deployedAt()))
                .setHeader("Deployed").setKey("deployedAt").setWidth("10rem").setFlexGrow(0);
        versions.addColumn(SopVersion::deployedBy).setHeader("By").setKey("deployedBy")
                .setTooltipGenerator(SopVersion::deployedBy);
        versions.addColumn(SopVersion::source).setHeader("From").setKey("source")
                .setTooltipGenerator(SopVersion::source);
        versions.addColumn(SopVersion::resourceName).setHeader("File").setKey("file")
                .setTooltipGenerator(SopVersion::resourceName);
        versions.addColumn(version -> version.runningInstances() == null ? "" : version.runningInstances())
                .setHeader("Running").setKey("running").setWidth("6rem").setFlexGrow(0);
        versions.addComponentColumn(this::versionActions).setHeader("").setKey("actions").setWidth("20rem")
                .setFlexGrow(0);
        versions.setAllRowsVisible(true);
        versionsTitle.setVisible(false);
        versions.setVisible(false);

        add(new H2("SOPs"), list, notDeployed, versionsTitle, versions, upload);
        refresh();
    }

    /** Reads the SOPs and their drift again, keeping the chosen one. */
    void refresh() {
        SopSummary chosen = list.asSingleSelect().getValue();
        driftByKey = drift.check().stream().collect(Collectors.toMap(entry -> id(entry.kind(), entry.key()),
                entry -> entry, (a, b) -> a));
        List<SopSummary> all = sops.list();
        list.setItems(all);
        List<String> never = driftByKey.values().stream()
                .filter(entry -> entry.status() == Status.NOT_DEPLOYED || entry.status() == Status.UNREADABLE)
                .map(entry -> entry.folderFile() + " (" + entry.status().label() + ")").sorted().toList();
        notDeployed.setText(never.isEmpty() ? "" : "In processes/ but not deployed: " + String.join(", ", never));
        notDeployed.setVisible(!never.isEmpty());
        if (chosen != null) {
            all.stream().filter(sop -> sop.kind() == chosen.kind() && sop.key().equals(chosen.key())).findFirst()
                    .ifPresentOrElse(sop -> list.asSingleSelect().setValue(sop), () -> showVersions(null));
        }
    }

    private void showVersions(SopSummary sop) {
        versionsTitle.setVisible(sop != null);
        versions.setVisible(sop != null);
        if (sop == null) {
            return;
        }
        versionsTitle.setText("Versions of " + sop.name() + " (" + sop.key() + ")");
        shownVersions = sops.versions(sop.key()).stream().filter(version -> version.kind() == sop.kind()).toList();
        versions.setItems(shownVersions);
    }

    private Component driftBadge(SopSummary sop) {
        DriftEntry entry = driftByKey.get(id(sop.kind(), sop.key()));
        Status status = entry == null ? Status.NOT_IN_FOLDER : entry.status();
        Span badge = new Span(status.label());
        badge.setId("drift-" + sop.key());
        badge.getElement().getThemeList().add("badge " + switch (status) {
            case IN_SYNC -> "success";
            case DIFFERS, UNREADABLE -> "error";
            default -> "contrast";
        });
        if (status != Status.DIFFERS) {
            return badge;
        }
        Button details = new Button("What differs", click -> new SopDriftDialog(entry).open());
        details.setId("drift-details-" + sop.key());
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(badge, details);
    }

    private Component versionActions(SopVersion version) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            SopExport file = sops.export(version.definitionId());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), "application/xml",
                    file.content().length);
        }), "Export");
        export.getElement().setAttribute("download", true);
        export.setId("export-" + version.version());
        Button compare = new Button("Compare", click -> new SopDiffDialog(sops, shownVersions, version).open());
        compare.setId("compare-" + version.version());
        compare.addThemeVariants(ButtonVariant.LUMO_SMALL);
        compare.setEnabled(shownVersions.size() > 1);
        HorizontalLayout actions = new HorizontalLayout(export, compare);
        actions.setAlignItems(Alignment.BASELINE);
        if (version.kind() == SopKind.PROCESS) {
            Button migrate = new Button("Migrate…", click -> new SopMigrationDialog(migration, shownVersions, version,
                    this::refresh).open());
            migrate.setId("migrate-" + version.version());
            migrate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            migrate.setEnabled(shownVersions.size() > 1);
            actions.add(migrate);
        }
        return actions;
    }

    /** A version as the dialogs offer it: "v3 · 2026-11-21 13:22 · social-manager". */
    static String label(SopVersion version) {
        return "v" + version.version() + (version.deployedAt() == null ? "" : " · " + DEPLOYED.format(
                version.deployedAt())) + " · " + version.deployedBy();
    }

    private static String id(SopKind kind, String key) {
        return kind + "/" + key;
    }
}
