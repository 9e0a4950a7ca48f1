package io.engineroom.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives every Vaadin session the one {@link UiErrors} handler, so no screen falls back to Vaadin's default (which
 * shows the exception) and no screen needs its own catch-all.
 */
@Component
class UiErrorsRegistration implements VaadinServiceInitListener {

    private final UiErrors errors = new UiErrors();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(started -> started.getSession().setErrorHandler(errors));
    }
}
