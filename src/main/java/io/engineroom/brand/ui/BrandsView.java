package io.engineroom.brand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.brand.BrandListing;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.MarketService;
import io.engineroom.brand.TenantWithoutBrand;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The brands an admin runs: every brand (archived ones marked), a form to create or change one, and the Camunda
 * tenants made elsewhere (Camunda Admin) that have no brand record yet, to adopt. Admins only; the service checks
 * it again.
 */
@Route("admin/brands")
@PageTitle("Brands · Engine Room")
@Menu(title = "Brands", order = 80)
@RolesAllowed(Roles.ADMIN)
public class BrandsView extends VerticalLayout {

    private static final DateTimeFormatter ARCHIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final BrandService brands;
    final Grid<BrandListing> grid = new Grid<>(BrandListing.class, false);
    final VerticalLayout tenants = new VerticalLayout();
    final BrandEditor editor;

    public BrandsView(BrandService brands, ChannelService channels, MarketService markets) {
        this.brands = brands;
        this.editor = new BrandEditor(brands, channels, markets, this::refresh);
        Paragraph about = new Paragraph("Each brand is a Camunda tenant with the same id: its people, work and "
                + "history belong to it. Brands are never deleted: archive a brand you no longer run; its records "
                + "and history stay.");
        about.addClassName("er-intro");
        Button create = new Button("New brand", click -> editor.startNew());
        create.setId("brand-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("brand-grid");
        grid.addColumn(BrandListing::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(BrandListing::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(brand -> brand.timeZone().getId()).setHeader("Time zone").setAutoWidth(true);
        grid.addColumn(brand -> brand.regulated() ? "regulated" : "").setHeader("Legal review");
        grid.addColumn(brand -> brand.clientSignOffRequired() ? "client signs off" : "").setHeader("Client");
        grid.addColumn(BrandsView::state).setHeader("State").setAutoWidth(true);
        grid.setPartNameGenerator(brand -> brand.archived() ? "archived" : null);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> editor.edit(click.getItem().id()));

        tenants.setId("brand-tenants");
        tenants.setPadding(false);
        add(new H2("Brands"), about, create, grid, editor, tenants);
        refresh();
    }

    /** "Active", or when and by whom it was archived. */
    static String state(BrandListing brand) {
        return brand.archived() ? "Archived " + ARCHIVED.format(brand.archivedAt()) + " by " + brand.archivedBy()
                : "Active";
    }

    private void refresh() {
        grid.setItems(brands.overview());
        tenants.removeAll();
        var withoutBrand = brands.tenantsWithoutBrand();
        if (withoutBrand.isEmpty()) {
            return;
        }
        tenants.add(new H3("Tenants without a brand"), new Paragraph("Made outside Engine Room (in Camunda Admin): "
                + "screens ignore them until you adopt one, which creates its brand record and keeps its people."));
        for (TenantWithoutBrand tenant : withoutBrand) {
            Button adopt = new Button("Adopt", click -> editor.adopt(tenant.id(), tenant.name()));
            adopt.setId("brand-adopt-" + tenant.id());
            HorizontalLayout row = new HorizontalLayout(new Span(tenant.id()
                    + (tenant.name() == null ? "" : " · " + tenant.name())), adopt);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            tenants.add(row);
        }
    }
}
