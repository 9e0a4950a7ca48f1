package io.engineroom.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.engineroom.base.HeaderItem;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The shell around every screen: the app name, other capabilities' header items (the notification bell), the
 * signed-in person (a link to their own page) with sign-out, and a side navigation holding only the screens this
 * person's roles may open (views declare themselves with {@code @Menu}), the administration screens in one group.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    static final String ADMINISTRATION = "Administration";
    static final String ADMIN_PREFIX = "admin/";
    /** The route of the signed-in person's own page. */
    static final String PROFILE = "profile";

    public MainLayout(AuthenticationContext authentication, List<HeaderItem> headerItems) {
        Span title = new Span("Engine Room");
        title.addClassName("er-shell__title");
        // the person's own page (name, e-mail, password): a route string, since the page lives in another module
        Anchor who = new Anchor(PROFILE, authentication.getPrincipalName().orElse(""));
        who.setId("signed-in-user");
        who.getElement().setAttribute("router-link", true);
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(title);
        headerItems.forEach(item -> header.add(item.create()));
        header.add(who, signOut);
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.expand(title);
        header.addClassName("er-shell__header");
        addToNavbar(new DrawerToggle(), header);

        addToDrawer(navigation(MenuConfiguration.getMenuEntries()));
        setPrimarySection(Section.DRAWER);
    }

    /**
     * The screens in menu order, those under {@code admin/} in one collapsible "Administration" group (shown only
     * when the person may open one of them: the entries are already only those their roles allow).
     */
    static SideNav navigation(List<MenuEntry> entries) {
        SideNav navigation = new SideNav();
        SideNavItem administration = new SideNavItem(ADMINISTRATION);
        administration.setId("nav-administration");
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (isAdministration(entry)) {
                if (administration.getItems().isEmpty()) {
                    navigation.addItem(administration); // where the first administration screen would be
                }
                administration.addItem(item);
            } else {
                navigation.addItem(item);
            }
        }
        return navigation;
    }

    private static boolean isAdministration(MenuEntry entry) {
        return entry.path().replaceFirst("^/", "").startsWith(ADMIN_PREFIX);
    }
}
