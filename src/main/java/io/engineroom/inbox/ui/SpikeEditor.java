package io.engineroom.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.inbox.SpikeDetector;
import io.engineroom.inbox.SpikeSettings;

/** A brand's negative-spike rule: so many negative interactions within so many minutes raise a crisis signal. */
class SpikeEditor extends VerticalLayout {

    /** What the form edits, named like the service's problems. Public because Binder builds it by reflection. */
    public record SpikeForm(Integer threshold, Integer windowMinutes) {
    }

    private final SpikeDetector spikes;
    private final String brandId;
    final IntegerField threshold = new IntegerField("Negative interactions");
    final IntegerField window = new IntegerField("Within (minutes)");
    final Button save = new Button("Save spike rule");
    final Span saved = new Span();
    private final Binder<SpikeForm> binder = new Binder<>(SpikeForm.class);

    SpikeEditor(SpikeDetector spikes, String brandId) {
        this.spikes = spikes;
        this.brandId = brandId;
        Paragraph about = new Paragraph("When this many negative interactions arrive for the brand within the window, "
                + "one crisis signal goes out (the default is " + SpikeSettings.DEFAULT.threshold() + " within "
                + SpikeSettings.DEFAULT.window().toMinutes() + " minutes).");
        about.addClassName("er-intro");
        threshold.setId("policy-spike-threshold");
        window.setId("policy-spike-window");
        save.setId("policy-spike-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setId("policy-spike-saved");
        binder.forField(threshold).bind("threshold");
        binder.forField(window).bind("windowMinutes");
        SpikeSettings current = spikes.settings(brandId);
        binder.readRecord(new SpikeForm(current.threshold(), (int) current.window().toMinutes()));
        HorizontalLayout form = new HorizontalLayout(threshold, window, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(about, form, saved);
    }

    private void save() {
        saved.setText("");
        SpikeForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            SpikeSettings settings = spikes.configure(brandId, form.threshold(), form.windowMinutes());
            saved.setText("A spike is " + settings.threshold() + " negative interactions within "
                    + settings.window().toMinutes() + " minutes");
            Notices.success(saved.getText());
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }
}
