package io.engineroom.brand.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import java.util.function.Consumer;

/**
 * Connects a channel whose posts go to the brand's own endpoint as signed JSON (for platforms Engine Room has no
 * connector for). Engine Room makes the signing secret; the caller shows it once after saving.
 */
class WebhookChannelDialog extends Dialog {

    /** What the form edits, named like {@link ChannelService#addWebhook}'s problems. Public for Binder. */
    public record WebhookForm(Platform platform, String handle, String webhookUrl, boolean mainChannel) {
    }

    final ComboBox<Platform> platform = new ComboBox<>("Platform");
    final TextField handle = new TextField("Handle");
    final TextField webhookUrl = new TextField("Webhook address");
    final Checkbox mainChannel = new Checkbox("Main channel (watched for silence)");
    final Button save = new Button("Add channel");
    private final Binder<WebhookForm> binder = new Binder<>(WebhookForm.class);

    WebhookChannelDialog(String brandId, ChannelService channels, Consumer<ChannelService.NewWebhook> saved) {
        setHeaderTitle("Add a webhook channel");
        platform.setId("channel-webhook-platform");
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(Platform::displayName);
        handle.setId("channel-webhook-handle");
        webhookUrl.setId("channel-webhook-url");
        webhookUrl.setPlaceholder("https://hooks.example.com/engine-room");
        mainChannel.setId("channel-webhook-main");
        save.setId("channel-webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(brandId, channels, saved));
        binder.forField(platform).bind("platform");
        binder.forField(handle).bind("handle");
        binder.forField(webhookUrl).bind("webhookUrl");
        binder.forField(mainChannel).bind("mainChannel");
        binder.readRecord(new WebhookForm(null, "", "", false));
        FormLayout form = new FormLayout(platform, handle, webhookUrl, mainChannel);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("Each post is sent as JSON to this address, signed with a secret Engine Room makes "
                + "(X-EngineRoom-Signature: HMAC-SHA256 of the body). The secret is shown once, after saving."), form);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("channel-webhook-cancel");
        getFooter().add(cancel, save);
        setWidth("36em");
    }

    private void save(String brandId, ChannelService channels, Consumer<ChannelService.NewWebhook> saved) {
        for (HasValidation field : new HasValidation[] {platform, handle, webhookUrl}) {
            field.setInvalid(false);
        }
        WebhookForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            ChannelService.NewWebhook added = channels.addWebhook(brandId, form.platform(), form.handle(),
                    form.webhookUrl(), form.mainChannel());
            close();
            saved.accept(added);
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }
}
