package io.engineroom.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.base.InvalidInput;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopChanges;
import org.springframework.security.access.AccessDeniedException;

/**
 * An administrator's emergency activation of an SOP change without (or against) its review: says what it skips,
 * asks why in writing (the reason is recorded with the change and highlighted to auditors), and activates on
 * confirm. A missing or too short reason is shown next to the field; nothing changes then.
 */
class SopActivateDialog extends Dialog {

    final TextArea reason = new TextArea("Why can this change not wait for its review?");
    final Button confirm = new Button("Activate now");
    final Span error = new Span();
    private final SopChanges changes;
    private final SopChange change;
    private final Runnable activated;

    SopActivateDialog(SopChanges changes, SopChange change, Runnable activated) {
        this.changes = changes;
        this.change = change;
        this.activated = activated;
        setHeaderTitle("Activate SOP change " + change.id() + " now");
        setWidth("40rem");
        reason.setId("sops-activate-reason");
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        reason.setHelperText("At least " + SopChanges.MIN_REASON + " characters; recorded as an emergency activation");
        error.setId("sops-activate-error");
        error.addClassName("er-error-text");
        error.setVisible(false);
        confirm.setId("sops-activate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> activate());
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("sops-activate-cancel");
        getFooter().add(cancel, confirm);
        Paragraph what = new Paragraph(SopChangesGrid.models(change) + ", proposed by " + change.proposer()
                + ", " + change.status().label() + ". It takes effect at once"
                + (change.status() == SopChangeStatus.IN_REVIEW ? " and its review ends." : "."));
        what.setId("sops-activate-what");
        VerticalLayout body = new VerticalLayout(what, reason, error);
        body.setPadding(false);
        add(body);
    }

    private void activate() {
        reason.setInvalid(false);
        error.setVisible(false);
        try {
            changes.activateNow(change.id(), reason.getValue());
        } catch (InvalidInput refused) {
            // also a change that is gone (NotFound) or live already: shown under the field, not as its problem
            String forReason = refused.problems().get("reason");
            if (forReason != null) {
                reason.setErrorMessage(forReason);
                reason.setInvalid(true);
            } else {
                showError(String.join("; ", refused.problems().values()));
            }
            return;
        } catch (AccessDeniedException refused) {
            showError(refused.getMessage());
            return;
        }
        close();
        activated.run();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
