package io.engineroom.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when this screen acknowledged a notice: the bell recounts at once instead of at its next poll. */
class NoticesChanged extends ComponentEvent<UI> {

    NoticesChanged(UI ui) {
        super(ui, false);
    }
}
