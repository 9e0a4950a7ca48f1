package io.engineroom.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.engineroom.workflow.BrandSopVersion;
import io.engineroom.workflow.SopVersion;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which brand runs which version of the SOP chosen on the SOPs screen: one row per brand the person owns SOPs of and
 * one for the shared version, each with the live version (the brand's own or the shared one) and the versions
 * waiting for review or rejected. Answers "what does Northwind run now?" without reading the versions list.
 */
class SopBrandVersionsGrid extends Grid<BrandSopVersion> {

    SopBrandVersionsGrid() {
        setId("sops-brand-versions");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(BrandSopVersion::brandName).setHeader("Brand").setKey("brand");
        addColumn(SopBrandVersionsGrid::runs).setHeader("Runs").setKey("runs").setWidth("10rem").setFlexGrow(0);
        addColumn(SopBrandVersionsGrid::pending).setHeader("Waiting for review or rejected").setKey("pending")
                .setFlexGrow(2);
        setAllRowsVisible(true);
    }

    void show(List<BrandSopVersion> rows) {
        setItems(rows);
    }

    /** "own v2", "shared v5", or "no live version". */
    static String runs(BrandSopVersion row) {
        if (row.live() == null) {
            return "no live version";
        }
        return (row.runsOwn() ? "own v" : "shared v") + row.live().version();
    }

    /** "v3 waits for review (proposed by social-manager); v2 rejected", or empty. */
    static String pending(BrandSopVersion row) {
        return row.pending().stream().map(SopBrandVersionsGrid::pending).collect(Collectors.joining("; "));
    }

    private static String pending(SopVersion version) {
        return "v" + version.version() + " " + version.status().label()
                + (version.status() == SopVersion.Status.IN_REVIEW ? " (proposed by " + version.deployedBy() + ")"
                        : "");
    }
}
