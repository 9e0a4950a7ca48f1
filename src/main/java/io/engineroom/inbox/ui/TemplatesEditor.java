package io.engineroom.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.inbox.TemplateSummary;
import java.util.Set;

/**
 * A brand's saved replies: pick one to change or remove, or write a new one. The preview fills the placeholders
 * with sample values as you type, and a placeholder the inbox would not fill is flagged at the text at once (the
 * service refuses it too).
 */
class TemplatesEditor extends VerticalLayout {

    /** What the form edits, named like the service's problems. Public because Binder builds it by reflection. */
    public record TemplateForm(String name, String text) {
    }

    private final ResponseTemplates templates;
    private final String brandId;
    private final String brandName;
    private final String agentName;
    final ComboBox<TemplateSummary> choose = new ComboBox<>("Template");
    final Button create = new Button("New template");
    final TextField name = new TextField("Name");
    final TextArea text = new TextArea("Text");
    final Paragraph preview = new Paragraph();
    final Button save = new Button("Save template");
    final Button remove = new Button("Remove template");
    final Span saved = new Span();
    private final Binder<TemplateForm> binder = new Binder<>(TemplateForm.class);

    TemplatesEditor(ResponseTemplates templates, String brandId, String brandName, String agentName) {
        this.templates = templates;
        this.brandId = brandId;
        this.brandName = brandName;
        this.agentName = agentName;
        Paragraph about = new Paragraph("Replies the inbox offers for this brand. Placeholders are filled when a "
                + "reply is picked: {" + String.join("}, {", ResponseTemplates.PLACEHOLDERS) + "}.");
        about.addClassName("er-intro");
        choose.setId("policy-template-choose");
        choose.setItemLabelGenerator(TemplateSummary::name);
        choose.addValueChangeListener(change -> edit(change.getValue()));
        create.setId("policy-template-new");
        create.addClickListener(click -> choose.clear());
        name.setId("policy-template-name");
        name.setMaxLength(ResponseTemplates.MAX_NAME);
        text.setId("policy-template-text");
        text.setWidthFull();
        text.setMaxLength(ResponseTemplates.MAX_TEXT);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(change -> preview());
        preview.setId("policy-template-preview");
        preview.addClassName("er-pre-wrap");
        save.setId("policy-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        remove.setId("policy-template-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> remove());
        saved.setId("policy-template-saved");
        binder.forField(name).bind("name");
        // a placeholder the inbox would not fill is flagged at the text as it is typed, and stops the save
        binder.forField(text).withValidator((value, context) -> {
            Set<String> unknown = ResponseTemplates.unknownPlaceholders(value);
            return unknown.isEmpty() ? ValidationResult.ok() : ValidationResult.error("Unknown placeholder "
                    + String.join(", ", unknown) + ": the inbox fills {"
                    + String.join("}, {", ResponseTemplates.PLACEHOLDERS) + "} only");
        }).bind("text");
        HorizontalLayout picker = new HorizontalLayout(choose, create);
        picker.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Span previewLabel = new Span("Preview (sample values)");
        previewLabel.addClassName("er-field-label");
        add(about, picker, name, text, previewLabel, preview, new HorizontalLayout(save, remove), saved);
        reload(null);
    }

    private void reload(Long selected) {
        var all = templates.managed(brandId);
        choose.setItems(all);
        all.stream().filter(template -> selected != null && template.id() == selected).findFirst()
                .ifPresentOrElse(choose::setValue, () -> {
                    choose.clear();
                    edit(null);
                });
    }

    private void edit(TemplateSummary template) {
        binder.readRecord(template == null ? new TemplateForm("", "") : new TemplateForm(template.name(),
                template.text()));
        remove.setEnabled(template != null);
        preview();
    }

    private void preview() {
        preview.setText(ResponseTemplates.preview(text.getValue(), brandName, agentName));
    }

    private void save() {
        saved.setText("");
        TemplateForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            TemplateSummary template = choose.getValue() == null
                    ? templates.define(brandId, form.name(), form.text())
                    : templates.change(brandId, choose.getValue().id(), form.name(), form.text());
            saved.setText("Saved the template '" + template.name() + "'");
            Notices.success(saved.getText());
            reload(template.id());
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }

    private void remove() {
        TemplateSummary template = choose.getValue();
        if (template == null) {
            return;
        }
        templates.remove(brandId, template.id());
        saved.setText("Removed the template '" + template.name() + "'");
        Notices.success(saved.getText());
        reload(null);
    }
}
