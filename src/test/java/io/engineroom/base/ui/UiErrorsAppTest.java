package io.engineroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** In the running application every Vaadin session hands what no view caught to {@link UiErrors}. */
@EngineRoomIntegrationTest
class UiErrorsAppTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;

    UiSession session;

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aSignedInSessionUsesTheOneErrorHandler() {
        session = UiSession.signIn(context, users, "copywriter");

        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UiErrors.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new AccessDeniedException("Access Denied")));
        NotificationsKt.expectNotifications(UiErrors.REFUSED);
    }
}
