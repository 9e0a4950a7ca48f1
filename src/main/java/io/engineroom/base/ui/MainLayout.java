package io.engineroom.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.engineroom.base.HeaderItem;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The shell around every screen: the app name, other capabilities' header items (the notification bell), the
 * signed-in person with sign-out, and a side navigation
 * holding only the screens this person's roles may open (views declare themselves with {@code @Menu}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, List<HeaderItem> headerItems) {
        Span title = new Span("Engine Room");
        title.addClassName("er-shell__title");
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.setId("signed-in-user");
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

        SideNav navigation = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(
                new SideNavItem(entry.title(), entry.path())));
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }
}
