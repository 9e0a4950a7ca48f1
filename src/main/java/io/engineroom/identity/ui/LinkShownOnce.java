package io.engineroom.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.identity.IssuedLink;
import io.engineroom.identity.LinkPurpose;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An invitation or reset link, shown this once for the asker to copy and pass on: Engine Room keeps only its hash,
 * so closing the dialog forgets it.
 */
class LinkShownOnce extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    final TextField link = new TextField();

    LinkShownOnce(IssuedLink issued) {
        setHeaderTitle(issued.purpose() == LinkPurpose.INVITATION ? "Invitation for " + issued.userId()
                : "Password reset for " + issued.userId());
        setWidth("44rem");
        link.setId("person-link");
        link.setValue(issued.url());
        link.setReadOnly(true);
        link.setWidthFull();
        link.addFocusListener(focus -> link.getElement().executeJs("this.inputElement.select()"));
        String mailed = issued.emailed() ? "It was also e-mailed to them. " : "E-mail is not configured: ";
        add(new Paragraph(mailed + "Copy the link and pass it on; it is shown only now. It works once, until "
                + WHEN.format(issued.expiresAt()) + ", to choose a password."), link);
        Button close = new Button("Done", click -> close());
        close.setId("person-link-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
