package io.engineroom.workflow.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.Roles;
import io.engineroom.workflow.DriftEntry;
import io.engineroom.workflow.DriftEntry.Status;
import io.engineroom.workflow.SopBrandVersions;
import io.engineroom.workflow.SopChanges;
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
 * The SOPs for their owners, under change control: every deployed BPMN process and DMN decision with the shared
 * version live now and its drift from {@code processes/}; for the chosen one which brand runs which version, and its
 * versions (whose, live or waiting for review, deployed when, by whom, from where, running instances in my brands)
 * with export, compare and migrate; deploying files for a brand or as the shared version; and the recent changes,
 * which an administrator may activate at once with a written reason. The view wires {@link SopList},
 * {@link SopBrandVersionsGrid}, {@link SopVersionsGrid}, {@link SopUpload} and {@link SopChangesGrid} together.
 */
@Route("sops")
@PageTitle("SOPs · Engine Room")
@Menu(title = "SOPs", order = 8)
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class SopsView extends VerticalLayout {

    static final DateTimeFormatter DEPLOYED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final SopVersions sops;
    private final SopBrandVersions byBrand;
    private final SopDrift drift;
    private final Map<String, String> brandNames;
    final SopList list = new SopList();
    final Span notDeployed = new Span();
    final H3 versionsTitle = new H3();
    final SopBrandVersionsGrid brandVersions = new SopBrandVersionsGrid();
    final SopVersionsGrid versions;
    final SopUpload upload;
    final SopChangesGrid changes;

    public SopsView(SopVersions sops, SopBrandVersions byBrand, SopMigration migration, SopDrift drift,
            SopChanges changes, BrandService brands, CurrentUser currentUser) {
        this.sops = sops;
        this.byBrand = byBrand;
        this.drift = drift;
        this.brandNames = brands.all().stream().collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
        this.upload = new SopUpload(sops, changes, this::refresh);
        this.versions = new SopVersionsGrid(sops, migration, this::refresh, this::brandName);
        this.changes = new SopChangesGrid(changes, currentUser.require().hasRole(Role.ADMIN), this::brandName,
                this::refresh);
        // the page grows with its sections and scrolls, so the versions and the upload stay reachable
        setWidthFull();
        list.asSingleSelect().addValueChangeListener(change -> showVersions(change.getValue()));
        notDeployed.setId("sops-not-deployed");
        versionsTitle.setVisible(false);
        brandVersions.setVisible(false);
        versions.setVisible(false);

        add(new H2("SOPs"), list, notDeployed, versionsTitle, brandVersions, versions, upload,
                new H3("Changes"), this.changes);
        refresh();
    }

    /** Reads the SOPs, their drift and the changes again, keeping the chosen SOP. */
    void refresh() {
        changes.refresh();
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
        brandVersions.setVisible(sop != null);
        versions.setVisible(sop != null);
        if (sop == null) {
            return;
        }
        versionsTitle.setText("Versions of " + sop.name() + " (" + sop.key() + ")");
        brandVersions.show(byBrand.of(sop.kind(), sop.key()));
        versions.show(sops.versions(sop.key()).stream().filter(version -> version.kind() == sop.kind()).toList());
    }

    private String brandName(String brandId) {
        return brandNames.getOrDefault(brandId, brandId);
    }

    /** A version as the dialogs offer it: "v3 · 2026-11-21 13:22 · social-manager", "v1 beanleaf · …" if a brand's. */
    static String label(SopVersion version) {
        return "v" + version.version() + (version.shared() ? "" : " " + version.brandId())
                + (version.deployedAt() == null ? "" : " · " + DEPLOYED.format(version.deployedAt())) + " · "
                + version.deployedBy();
    }
}
