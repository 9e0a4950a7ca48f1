package io.engineroom.brand.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.brand.ChannelAccounts;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import java.util.function.Consumer;

/**
 * Connects a Bluesky account with its handle (or e-mail) and an app password, at its own server (PDS) or the
 * configured one. The app password goes to the platform once; Engine Room keeps only the tokens it answers with,
 * so the password is never stored and never shown again (the field is emptied whatever the outcome).
 */
class BlueskySignInDialog extends Dialog {

    /** What the form edits, named like {@link ChannelAccounts#signIn}'s problems. Public for Binder. */
    public record SignInForm(String identifier, String password, String serviceUrl, boolean mainChannel) {
    }

    final TextField identifier = new TextField("Handle or e-mail");
    final PasswordField password = new PasswordField("App password");
    final TextField serviceUrl = new TextField("Service (PDS) address");
    final Checkbox mainChannel = new Checkbox("Main channel (watched for silence)");
    final Button connect = new Button("Connect");
    private final Binder<SignInForm> binder = new Binder<>(SignInForm.class);

    BlueskySignInDialog(String brandId, ChannelAccounts accounts, String knownHandle,
            Consumer<ChannelSummary> connected) {
        setHeaderTitle(knownHandle == null ? "Connect a Bluesky account" : "Connect " + knownHandle + " again");
        identifier.setId("channel-bluesky-identifier");
        identifier.setPlaceholder("name.bsky.social");
        password.setId("channel-bluesky-password");
        password.setHelperText("Create one in Bluesky: Settings → Privacy and security → App passwords. "
                + "It is used once to sign in and not kept.");
        serviceUrl.setId("channel-bluesky-service");
        serviceUrl.setPlaceholder(accounts.defaultServiceUrl(Connector.BLUESKY));
        serviceUrl.setHelperText("Leave empty for " + accounts.defaultServiceUrl(Connector.BLUESKY)
                + "; a self-hosted account's own server otherwise.");
        mainChannel.setId("channel-bluesky-main");
        connect.setId("channel-bluesky-connect");
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        connect.addClickListener(click -> connect(brandId, accounts, connected));
        binder.forField(identifier).bind("identifier");
        binder.forField(password).bind("password");
        binder.forField(serviceUrl).bind("serviceUrl");
        binder.forField(mainChannel).bind("mainChannel");
        binder.readRecord(new SignInForm(knownHandle == null ? "" : knownHandle.replaceFirst("^@", ""), "", "",
                false));
        FormLayout form = new FormLayout(identifier, password, serviceUrl, mainChannel);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("Engine Room posts, reads notifications and replies as this account."), form);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("channel-bluesky-cancel");
        getFooter().add(cancel, connect);
        setWidth("32em");
    }

    private void connect(String brandId, ChannelAccounts accounts, Consumer<ChannelSummary> connected) {
        for (HasValidation field : new HasValidation[] {identifier, password, serviceUrl}) {
            field.setInvalid(false);
        }
        SignInForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        password.clear(); // typed once, sent once: a second try means typing it again
        try {
            ChannelSummary channel = accounts.signIn(brandId, Connector.BLUESKY, form.identifier(), form.password(),
                    form.serviceUrl(), form.mainChannel());
            close();
            connected.accept(channel);
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }
}
