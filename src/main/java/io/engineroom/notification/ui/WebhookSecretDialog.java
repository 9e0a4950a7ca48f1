package io.engineroom.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a subscription's new signing secret the one time it can be seen: after this dialog nobody reads it in
 * Engine Room again (a lost one is replaced by rotating it).
 */
class WebhookSecretDialog extends Dialog {

    final TextField value = new TextField("Signing secret");
    final Button copy = new Button("Copy", VaadinIcon.COPY.create());
    final Button done = new Button("I have copied it");

    WebhookSecretDialog(String title, String secret) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        value.setId("webhook-secret-value");
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        copy.setId("webhook-secret-copy");
        copy.addClickListener(click -> UI.getCurrent().getPage()
                .executeJs("return navigator.clipboard.writeText($0)", secret)
                .then(copied -> copy.setText("Copied"), failed -> copy.setText("Copy by hand: select the text")));
        Paragraph warning = new Paragraph("This secret is shown now and never again. Put it into the receiving "
                + "system before you close this; it verifies X-EngineRoom-Signature with it. Lost it? Rotate it.");
        warning.setId("webhook-secret-warning");
        warning.addClassName("er-error-text");
        done.setId("webhook-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> close());
        add(warning, value);
        getFooter().add(copy, done);
        setWidth("36em");
    }
}
