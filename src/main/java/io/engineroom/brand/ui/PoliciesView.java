package io.engineroom.brand.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.brand.BrandPolicyAccess;
import io.engineroom.brand.BrandPolicySection;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A brand's policies on one screen, each tab saved on its own: the sections come from the modules that own the
 * policies ({@link BrandPolicySection} beans), so this view knows none of them. The brand chooser offers only the
 * brands the person may manage (admins: all; a social media manager: their own); the services check again.
 */
@Route("admin/policies")
@PageTitle("Brand policies · Engine Room")
@Menu(title = "Brand policies", order = 83)
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class PoliciesView extends VerticalLayout {

    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    private final List<BrandPolicySection> sections;
    TabSheet tabs;
    final Map<String, Tab> tabByTitle = new LinkedHashMap<>();

    public PoliciesView(BrandPolicyAccess access, List<BrandPolicySection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(BrandPolicySection::order)).toList();
        Paragraph about = new Paragraph("A brand's content pillars, voice guide, reply templates, KPI targets, "
                + "negative-spike rule and SLA targets. Each tab is saved on its own; nothing changes until you "
                + "save it.");
        about.addClassName("er-intro");
        brand.setId("policy-brand");
        List<BrandSummary> manageable = access.manageable();
        brand.setItems(manageable);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> show(change.getValue()));
        add(new H2("Brand policies"), about, brand);
        if (manageable.size() == 1) {
            brand.setValue(manageable.get(0));
        }
    }

    private void show(BrandSummary chosen) {
        if (tabs != null) {
            remove(tabs);
            tabs = null;
            tabByTitle.clear();
        }
        if (chosen == null) {
            return;
        }
        tabs = new TabSheet();
        tabs.setId("policy-sections");
        tabs.setWidthFull();
        sections.forEach(section -> {
            Tab tab = tabs.add(section.title(), section.create(chosen.id()));
            tab.setId("policy-tab-" + section.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            tabByTitle.put(section.title(), tab);
        });
        add(tabs);
    }
}
