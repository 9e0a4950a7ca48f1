package io.engineroom.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.TeamEventType;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.notification.webhook.WebhookSubscriptions;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Subscribes an address to some of a brand's events. Engine Room makes the signing secret; the caller shows it once
 * after saving. A refused address or an empty choice stays at its field and nothing is saved.
 */
class WebhookDialog extends Dialog {

    /** What the form edits, named like {@link WebhookSubscriptions#add}'s problems. Public for Binder. */
    public record WebhookForm(String url, Set<TeamEventType> eventTypes) {
    }

    final TextField url = new TextField("Address (https)");
    final CheckboxGroup<TeamEventType> eventTypes = new CheckboxGroup<>("Events");
    final Button save = new Button("Subscribe");
    private final Binder<WebhookForm> binder = new Binder<>(WebhookForm.class);

    WebhookDialog(String brandName, String brandId, WebhookSubscriptions subscriptions,
            Consumer<WebhookSubscriptions.NewSecret> saved) {
        setHeaderTitle("Subscribe to events of " + brandName);
        url.setId("webhook-url");
        url.setPlaceholder("https://tools.example.com/engine-room-events");
        url.setWidthFull();
        eventTypes.setId("webhook-events");
        eventTypes.setItems(TeamEventType.values());
        eventTypes.setItemLabelGenerator(type -> type.label() + " (" + type.wireName() + ")");
        eventTypes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        save.setId("webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(brandId, subscriptions, saved));
        binder.forField(url).bind("url");
        binder.forField(eventTypes).bind("eventTypes");
        binder.readRecord(new WebhookForm("", Set.of()));
        FormLayout form = new FormLayout(url, eventTypes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("Each event is POSTed as JSON to this address, signed with a secret Engine Room makes: "
                + "X-EngineRoom-Signature is sha256= and the HMAC-SHA256 of \"<X-EngineRoom-Timestamp>.<body>\". "
                + "The secret is shown once, after saving."), form);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("webhook-cancel");
        getFooter().add(cancel, save);
        setWidth("40em");
    }

    private void save(String brandId, WebhookSubscriptions subscriptions,
            Consumer<WebhookSubscriptions.NewSecret> saved) {
        url.setInvalid(false);
        eventTypes.setInvalid(false);
        WebhookForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            WebhookSubscriptions.NewSecret added = subscriptions.add(brandId, form.url(), form.eventTypes());
            close();
            saved.accept(added);
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }
}
