package io.engineroom.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.UserDirectory;
import org.springframework.context.ApplicationContext;

/**
 * A Karibu-Testing UI on the real application, signed in as one user: Spring Security knows them (services) and
 * so does the mocked request (Vaadin's view access checks). close() tears the UI down and signs out.
 */
public final class UiSession implements AutoCloseable {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("io.engineroom");

    private final SignedIn signedIn;

    private UiSession(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    public static UiSession signIn(ApplicationContext context, UserDirectory users, String userId) {
        SignedIn signedIn = SignedIn.as(users, userId);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        EngineRoomUser user = users.load(userId).orElseThrow();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(user);
        request.setUserInRole((principal, role) -> user.groups().contains(role.replaceFirst("^ROLE_", "")));
        return new UiSession(signedIn);
    }

    @Override
    public void close() {
        MockVaadin.tearDown();
        signedIn.close();
    }
}
