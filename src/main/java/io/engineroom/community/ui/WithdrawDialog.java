package io.engineroom.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.community.UgcPermissions;
import io.engineroom.community.UgcRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The author took their yes back: the link to where they said so is recorded, and from then on publishing refuses
 * the repost. A bad link is shown next to the field and nothing changes.
 */
class WithdrawDialog extends Dialog {

    final TextField answerUrl = new TextField("Link to where they withdrew it");

    /** What the form edits, named like the service's field so its problem finds it; public for Binder. */
    public record Draft(String answerUrl) {
    }

    private final Binder<Draft> binder = new Binder<>(Draft.class);

    WithdrawDialog(UgcRequest request, UgcPermissions permissions, Runnable withdrawn) {
        setId("withdraw-dialog");
        setHeaderTitle("Permission withdrawn by " + request.authorHandle());
        setWidth("34rem");
        answerUrl.setId("withdraw-url");
        answerUrl.setWidthFull();
        answerUrl.setRequiredIndicatorVisible(true);
        Paragraph about = new Paragraph("Nothing more is published under this permission, including a repost "
                + "already approved and waiting for its publish time.");
        about.addClassName("er-intro");
        add(new VerticalLayout(about, answerUrl));
        binder.forField(answerUrl).bind("answerUrl");
        binder.readRecord(new Draft(""));
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("withdraw-cancel");
        Button save = new Button("Record", click -> {
            try {
                Draft draft = binder.writeRecord();
                permissions.withdraw(request.id(), draft.answerUrl());
                close();
                Notices.success("Recorded: " + request.authorHandle() + " withdrew the permission");
                withdrawn.run();
            } catch (ValidationException shownAtTheFields) {
                // nothing to add: the binder marked the fields
            } catch (NotFound gone) {
                Notices.error(gone.getMessage());
            } catch (InvalidInput refused) {
                FormProblems.show(binder, refused);
            } catch (AccessDeniedException refused) {
                Notices.error(refused.getMessage());
            }
        });
        save.setId("withdraw-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
