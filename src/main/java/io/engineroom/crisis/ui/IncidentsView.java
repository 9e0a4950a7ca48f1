package io.engineroom.crisis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.crisis.IncidentOverview;
import io.engineroom.crisis.IncidentRooms;
import io.engineroom.crisis.IncidentService;
import io.engineroom.crisis.OnCallRota;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The incidents of my brands, open ones first, then the latest; a row opens its incident room. Frontline roles
 * raise an incident here.
 */
@Route("incidents")
@PageTitle("Incidents · Engine Room")
@Menu(title = "Incidents", order = 3)
@RolesAllowed({Roles.CRISIS_LEAD, Roles.EXECUTIVE, Roles.LEGAL, Roles.SOCIAL_MANAGER, Roles.COMMUNITY_MANAGER,
        Roles.ADMIN})
public class IncidentsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final IncidentRooms rooms;
    final Grid<IncidentOverview> grid = new Grid<>();

    public IncidentsView(IncidentRooms rooms, IncidentService incidents, BrandService brands,
            CurrentUser currentUser, OnCallRota onCall) {
        this.rooms = rooms;
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2("Incidents"));
        header.setAlignItems(Alignment.BASELINE);
        if (rooms.mayRaise()) {
            Button raise = new Button("Raise incident", click -> new RaiseIncidentDialog(rooms, incidents,
                    brands.activeAmong(currentUser.require().brands())).open());
            raise.setId("raise-incident");
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            header.add(raise);
        }
        List<BrandSummary> myBrands = brands.activeAmong(currentUser.require().brands());
        if (myBrands.stream().anyMatch(brand -> onCall.mayPlan(brand.id()))) {
            Button plan = new Button("On call", click -> new OnCallDialog(onCall, myBrands).open());
            plan.setId("plan-on-call");
            header.add(plan);
        }
        configureGrid();
        add(header, grid);
        expand(grid);
        grid.setItems(rooms.list());
    }

    private void configureGrid() {
        grid.setId("incidents");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(incident -> IncidentRoomView.severity(incident.severity())).setHeader("Severity")
                .setKey("severity").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(IncidentOverview::title).setHeader("Title").setKey("title").setFlexGrow(1);
        grid.addColumn(IncidentOverview::brandName).setHeader("Brand").setKey("brand").setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(incident -> incident.open() ? "Open" : "Resolved").setHeader("State").setKey("state")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(incident -> WHEN.format(incident.raisedAt())).setHeader("Raised").setKey("raised")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(incident -> IncidentRoomView.raisedBy(incident)).setHeader("By").setKey("by")
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(incident -> "SPIKE".equals(incident.source()) ? "Negative spike" : "By hand")
                .setHeader("Source").setKey("source").setWidth("9rem").setFlexGrow(0);
        grid.setPartNameGenerator(incident -> incident.open() ? "open-incident" : null);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(IncidentRoomView.class,
                IncidentRoomView.parameters(click.getItem().id()))));
    }
}
