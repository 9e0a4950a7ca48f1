package io.engineroom.crisis.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.crisis.HoldingStatements;
import io.engineroom.crisis.StatementTemplate;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/** Edits one scenario's template. A refused edit keeps what was typed and shows each problem next to its field. */
class StatementTemplateDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextArea body = new TextArea("Statement");
    private final Map<String, HasValidation> fields = Map.of("title", title, "body", body);

    StatementTemplateDialog(StatementTemplate template, HoldingStatements statements, Runnable saved) {
        setId("template-dialog");
        setHeaderTitle("Template: " + template.scenario());
        setWidth("44rem");
        title.setId("template-title");
        title.setValue(template.title());
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        body.setId("template-body");
        body.setValue(template.body());
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setRequiredIndicatorVisible(true);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.setHelperText(helper(template.body()));
        body.addValueChangeListener(change -> body.setHelperText(helper(change.getValue())));
        add(new VerticalLayout(title, body));

        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("template-cancel");
        Button save = new Button("Save", click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                statements.update(template.scenario(), title.getValue(), body.getValue());
                close();
                Notices.success("Saved the " + template.scenario() + " template");
                saved.run();
            } catch (InvalidInput refused) {
                show(refused.problems());
            } catch (AccessDeniedException refused) {
                Notices.error(refused.getMessage());
            }
        });
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private static String helper(String text) {
        return text.length() + " of " + HoldingStatements.MAX_BODY + " characters; placeholders count as their "
                + "values once filled";
    }

    private void show(Map<String, String> problems) {
        problems.forEach((field, problem) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(problem);
                component.setInvalid(true);
            } else {
                Notices.error(problem);
            }
        });
    }
}
