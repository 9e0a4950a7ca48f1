package io.engineroom.crisis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.crisis.HoldingStatements;
import io.engineroom.crisis.StatementTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Edits one scenario's template. A refused edit keeps what was typed and shows each problem next to its field. */
class StatementTemplateDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextArea body = new TextArea("Statement");
    /** What the form edits, named like {@link HoldingStatements#update}'s fields so its problems find them; public
     * because Binder builds it by reflection. */
    public record Draft(String title, String body) {
    }

    private final Binder<Draft> binder = new Binder<>(Draft.class);

    StatementTemplateDialog(StatementTemplate template, HoldingStatements statements, Runnable saved) {
        setId("template-dialog");
        setHeaderTitle("Template: " + template.scenario());
        setWidth("44rem");
        title.setId("template-title");
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        body.setId("template-body");
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setRequiredIndicatorVisible(true);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.setHelperText(helper(template.body()));
        body.addValueChangeListener(change -> body.setHelperText(helper(change.getValue())));
        add(new VerticalLayout(title, body));
        binder.forField(title).bind("title");
        binder.forField(body).bind("body");
        binder.readRecord(new Draft(template.title(), template.body()));

        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("template-cancel");
        Button save = new Button("Save", click -> {
            try {
                Draft draft = binder.writeRecord();
                statements.update(template.scenario(), draft.title(), draft.body());
                close();
                Notices.success("Saved the " + template.scenario() + " template");
                saved.run();
            } catch (ValidationException shownAtTheFields) {
                // nothing to add: the binder marked the fields
            } catch (InvalidInput refused) {
                FormProblems.show(binder, refused);
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
}
