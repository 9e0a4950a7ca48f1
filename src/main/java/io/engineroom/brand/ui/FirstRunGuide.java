package io.engineroom.brand.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.Role;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/**
 * On an empty installation the first admin lands in the setup guide instead of an empty My work: whenever an admin
 * enters the start page ({@code ""}) while no brand exists, they are forwarded to {@link SetupGuideView}. Here, in
 * the brand module, because "no brand yet" is this module's fact; the shell and My work know nothing of it.
 */
@Component
class FirstRunGuide implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final SetupProgress progress;

    FirstRunGuide(CurrentUser currentUser, SetupProgress progress) {
        this.currentUser = currentUser;
        this.progress = progress;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        String route = event.getLocation().getPath();
        boolean admin = currentUser.find().map(user -> user.hasRole(Role.ADMIN)).orElse(false);
        // the brands are read only when the rest already says yes: every other navigation costs nothing
        if (opensGuide(route, admin, progress::noBrandYet)) {
            event.forwardTo(SetupGuideView.ROUTE);
        }
    }

    /**
     * The decision, apart from Vaadin and the database so it can be tested on its own: an admin entering the start
     * page before any brand exists. Anyone else, any other page, or any brand: no.
     */
    static boolean opensGuide(String route, boolean admin, BooleanSupplier noBrandYet) {
        return admin && route.isEmpty() && noBrandYet.getAsBoolean();
    }
}
