package io.engineroom.brand.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a newly made secret (a webhook signing secret, an intake token or signing secret) the one time it can be
 * seen: Engine Room keeps only what it needs to check it, so closing this dialog is the last chance to copy it.
 */
class SecretDialog extends Dialog {

    final TextField value = new TextField();
    final Button copy = new Button("Copy", VaadinIcon.COPY.create());
    final Button done = new Button("I have copied it");

    SecretDialog(String title, String what, String secret) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        value.setId("channel-secret-value");
        value.setLabel(what);
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        copy.setId("channel-secret-copy");
        copy.addClickListener(click -> UI.getCurrent().getPage()
                .executeJs("return navigator.clipboard.writeText($0)", secret)
                .then(copied -> copy.setText("Copied"), failed -> copy.setText("Copy by hand: select the text")));
        Paragraph warning = new Paragraph("This value is shown now and never again: Engine Room cannot show it "
                + "later. Copy it into the other system before you close this. Lost it? Issue a new one.");
        warning.setId("channel-secret-warning");
        warning.addClassName("er-error-text");
        done.setId("channel-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> close());
        add(warning, value);
        getFooter().add(copy, done);
        setWidth("36em");
    }
}
