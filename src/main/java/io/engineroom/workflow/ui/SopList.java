package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.engineroom.workflow.DriftEntry;
import io.engineroom.workflow.DriftEntry.Status;
import io.engineroom.workflow.SopKind;
import io.engineroom.workflow.SopSummary;
import java.util.List;
import java.util.Map;

/**
 * The SOPs screen's list of deployed processes and decisions: the shared version live now (not merely the newest
 * deployed, which may wait for review), a marker when versions wait for review, and a badge saying how it stands
 * against its file in {@code processes/} ("What differs" opens the comparison). A grid of its own so the view only
 * wires the list, the versions and the upload together.
 */
class SopList extends Grid<SopSummary> {

    private Map<String, DriftEntry> driftByKey = Map.of();

    SopList() {
        setId("sops-list");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(SopSummary::key).setHeader("Key").setKey("key").setSortable(true);
        addColumn(SopSummary::name).setHeader("Name").setKey("name").setSortable(true)
                .setTooltipGenerator(SopSummary::name);
        addColumn(sop -> sop.kind().label()).setHeader("Kind").setKey("kind").setWidth("6rem").setFlexGrow(0);
        addComponentColumn(this::live).setHeader("Live (shared)").setKey("live").setWidth("14rem").setFlexGrow(0);
        addColumn(SopSummary::versions).setHeader("Versions").setKey("versions").setWidth("7rem").setFlexGrow(0);
        addComponentColumn(this::driftBadge).setHeader("Against processes/").setKey("drift").setWidth("16rem")
                .setFlexGrow(0);
        setHeight("22rem");
    }

    /** @param drift each SOP's drift by {@link #id(SopKind, String)} */
    void show(List<SopSummary> sops, Map<String, DriftEntry> drift) {
        driftByKey = drift;
        setItems(sops);
    }

    /** "v3", and "1 waits for review" beside it while a newer version waits. */
    private Component live(SopSummary sop) {
        Span version = new Span(sop.liveVersion() == null ? "none" : "v" + sop.liveVersion());
        version.setId("sops-live-" + sop.key());
        if (sop.waitingForReview() == 0) {
            return version;
        }
        Span waiting = new Span(sop.waitingForReview() + " waits for review");
        waiting.setId("sops-waiting-" + sop.key());
        waiting.getElement().getThemeList().add("badge");
        return new HorizontalLayout(version, waiting);
    }

    private Component driftBadge(SopSummary sop) {
        DriftEntry entry = driftByKey.get(id(sop.kind(), sop.key()));
        Status status = entry == null ? Status.NOT_IN_FOLDER : entry.status();
        Span badge = new Span(status.label());
        badge.setId("drift-" + sop.key());
        badge.getElement().getThemeList().add("badge " + DriftLook.of(status).badgeTheme());
        if (status != Status.DIFFERS) {
            return badge;
        }
        Button details = new Button("What differs", click -> new SopDriftDialog(entry).open());
        details.setId("drift-details-" + sop.key());
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(badge, details);
    }

    static String id(SopKind kind, String key) {
        return kind + "/" + key;
    }

    /**
     * A drift status as the badge colours it (Lumo's badge themes): in sync green, a difference or an unreadable
     * file red, the rest neutral. {@link #of} maps every {@link Status}, so a new status does not compile until
     * it is given a colour.
     */
    enum DriftLook {
        IN_SYNC("success"),
        DIFFERS("error"),
        UNREADABLE("error"),
        NOT_IN_FOLDER("contrast"),
        NOT_DEPLOYED("contrast"),
        BRAND_VERSION("contrast"),
        IN_REVIEW("primary");

        private final String badgeTheme;

        DriftLook(String badgeTheme) {
            this.badgeTheme = badgeTheme;
        }

        static DriftLook of(Status status) {
            return switch (status) {
                case IN_SYNC -> IN_SYNC;
                case DIFFERS -> DIFFERS;
                case UNREADABLE -> UNREADABLE;
                case NOT_IN_FOLDER -> NOT_IN_FOLDER;
                case NOT_DEPLOYED -> NOT_DEPLOYED;
                case BRAND_VERSION -> BRAND_VERSION;
                case IN_REVIEW -> IN_REVIEW;
            };
        }

        String badgeTheme() {
            return badgeTheme;
        }
    }
}
