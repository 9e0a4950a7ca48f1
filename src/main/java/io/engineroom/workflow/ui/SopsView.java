package io.engineroom.workflow.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.identity.Roles;
import io.engineroom.workflow.DriftEntry;
import io.engineroom.workflow.DriftEntry.Status;
import io.engineroom.workflow.SopDrift;
import io.engineroom.workflow.SopMigration;
import io.engineroom.workflow.SopSummary;
import io.engineroom.workflow.SopVersion;
import io.engineroom.workflow.SopVersions;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SOPs for their owners: every deployed BPMN process and DMN decision with its drift from {@code processes/};
 * for the chosen one its versions (deployed when, by whom, from where, running instances in my brands) with export,
 * compare and migrate; and deploying files from here. The view wires {@link SopList}, {@link SopVersionsGrid}
 * and {@link SopUpload} together.
 */
@Route("sops")
@PageTitle("SOPs · Engine Room")
@Menu(title = "SOPs", order = 8)
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class SopsView extends VerticalLayout {

    static final DateTimeFormatter DEPLOYED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final SopVersions sops;
    private final SopDrift drift;
    final SopList list = new SopList();
    final Span notDeployed = new Span();
    final H3 versionsTitle = new H3();
    final SopVersionsGrid versions;
    final SopUpload upload;

    public SopsView(SopVersions sops, SopMigration migration, SopDrift drift) {
        this.sops = sops;
        this.drift = drift;
        this.upload = new SopUpload(sops, this::refresh);
        this.versions = new SopVersionsGrid(sops, migration, this::refresh);
        // the page grows with its sections and scrolls, so the versions and the upload stay reachable
        setWidthFull();
        list.asSingleSelect().addValueChangeListener(change -> showVersions(change.getValue()));
        notDeployed.setId("sops-not-deployed");
        versionsTitle.setVisible(false);
        versions.setVisible(false);

        add(new H2("SOPs"), list, notDeployed, versionsTitle, versions, upload);
        refresh();
    }

    /** Reads the SOPs and their drift again, keeping the chosen one. */
    void refresh() {
        SopSummary chosen = list.asSingleSelect().getValue();
        Map<String, DriftEntry> driftByKey = drift.check().stream().collect(Collectors.toMap(
                entry -> SopList.id(entry.kind(), entry.key()), entry -> entry, (a, b) -> a));
        List<SopSummary> all = sops.list();
        list.show(all, driftByKey);
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
        versions.show(sops.versions(sop.key()).stream().filter(version -> version.kind() == sop.kind()).toList());
    }

    /** A version as the dialogs offer it: "v3 · 2026-11-21 13:22 · social-manager". */
    static String label(SopVersion version) {
        return "v" + version.version() + (version.deployedAt() == null ? "" : " · " + DEPLOYED.format(
                version.deployedAt())) + " · " + version.deployedBy();
    }
}
