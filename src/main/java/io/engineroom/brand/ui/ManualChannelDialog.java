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
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import java.util.function.Consumer;

/** Adds a channel a person posts to by hand (Engine Room plans and records; someone pastes the link). */
class ManualChannelDialog extends Dialog {

    /** What the form edits, named like {@link ChannelService#addManual}'s problems. Public for Binder. */
    public record ManualForm(Platform platform, String handle, boolean mainChannel) {
    }

    final ComboBox<Platform> platform = new ComboBox<>("Platform");
    final TextField handle = new TextField("Handle");
    final Checkbox mainChannel = new Checkbox("Main channel (watched for silence)");
    final Button save = new Button("Add channel");
    private final Binder<ManualForm> binder = new Binder<>(ManualForm.class);

    ManualChannelDialog(String brandId, ChannelService channels, Consumer<ChannelSummary> saved) {
        setHeaderTitle("Add a channel posted to by hand");
        platform.setId("channel-manual-platform");
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(Platform::displayName);
        handle.setId("channel-manual-handle");
        mainChannel.setId("channel-manual-main");
        save.setId("channel-manual-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(brandId, channels, saved));
        binder.forField(platform).bind("platform");
        binder.forField(handle).bind("handle");
        binder.forField(mainChannel).bind("mainChannel");
        binder.readRecord(new ManualForm(null, "", false));
        FormLayout form = new FormLayout(platform, handle, mainChannel);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("Posts to this channel wait for a person, who posts them and pastes the link."), form);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("channel-manual-cancel");
        getFooter().add(cancel, save);
        setWidth("32em");
    }

    private void save(String brandId, ChannelService channels, Consumer<ChannelSummary> saved) {
        for (HasValidation field : new HasValidation[] {platform, handle}) {
            field.setInvalid(false);
        }
        ManualForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            ChannelSummary channel = channels.addManual(brandId, form.platform(), form.handle(), form.mainChannel());
            close();
            saved.accept(channel);
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }
}
