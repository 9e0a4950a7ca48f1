package io.engineroom.brand.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.ChannelAccounts;
import io.engineroom.brand.Connector;
import java.net.URI;
import org.springframework.security.access.AccessDeniedException;

/**
 * Before a person is sent to Facebook, Instagram or LinkedIn: the page to connect, for an account that manages
 * several (left empty, the platform's only page is taken; with several and none named, the platform's answer lists
 * them with their ids, so the person can come back here and name one).
 */
class PageChoiceDialog extends Dialog {

    final TextField page = new TextField("Page id");
    final Button proceed = new Button("Continue to the platform");

    PageChoiceDialog(String brandId, Connector connector, ChannelAccounts accounts) {
        String platform = connector.platform().displayName();
        setHeaderTitle("Connect " + platform);
        page.setId("channel-connect-page");
        page.setWidthFull();
        page.setHelperText("Only if your " + platform + " account manages several pages: the id of the one to "
                + "connect. Leave empty to take the only one.");
        proceed.setId("channel-connect-continue");
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proceed.addClickListener(click -> {
            try {
                URI authorize = accounts.startConnection(brandId, connector, false, page.getValue());
                close();
                UI.getCurrent().getPage().setLocation(authorize);
            } catch (InvalidInput refused) {
                page.setInvalid(true);
                page.setErrorMessage(String.join("; ", refused.problems().values()));
            } catch (AccessDeniedException refused) {
                Notices.error(refused.getMessage());
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("channel-connect-cancel");
        add(page);
        getFooter().add(cancel, proceed);
    }
}
