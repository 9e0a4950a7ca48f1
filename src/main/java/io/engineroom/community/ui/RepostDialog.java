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
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.community.UgcPermissions;
import java.util.function.LongConsumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Ask to repost": the author and the link to their post start the permission SOP. A refused request keeps what was
 * typed and shows each problem next to its field; nothing is started.
 */
class RepostDialog extends Dialog {

    final TextField author = new TextField("Author");
    final TextField postUrl = new TextField("Link to their post");

    /** What the form edits, named like the service's fields so its problems find them; public for Binder. */
    public record Draft(String authorHandle, String postUrl) {
    }

    private final Binder<Draft> binder = new Binder<>(Draft.class);

    /**
     * @param interactionId the inbox interaction reposted (its author is fixed), or null for an author by handle
     */
    RepostDialog(String brandId, String authorHandle, String interactionId, UgcPermissions permissions,
            LongConsumer started) {
        setId("repost-dialog");
        setHeaderTitle("Ask to repost");
        setWidth("36rem");
        author.setId("repost-author");
        author.setWidthFull();
        author.setReadOnly(interactionId != null);
        postUrl.setId("repost-url");
        postUrl.setWidthFull();
        postUrl.setRequiredIndicatorVisible(true);
        Paragraph about = new Paragraph("This starts the permission SOP: a community manager asks the author, then "
                + "records their answer. Only a yes plans the repost, credited as \""
                + UgcPermissions.creditLine(authorHandle == null || authorHandle.isBlank() ? "author" : authorHandle)
                + "\".");
        about.addClassName("er-intro");
        add(new VerticalLayout(about, author, postUrl));
        binder.forField(author).bind("authorHandle");
        binder.forField(postUrl).bind("postUrl");
        binder.readRecord(new Draft(authorHandle == null ? "" : authorHandle, ""));

        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("repost-cancel");
        Button ask = new Button("Start asking", click -> {
            try {
                Draft draft = binder.writeRecord();
                long id = interactionId == null ? permissions.repost(brandId, draft.authorHandle(), draft.postUrl())
                        : permissions.repostInteraction(brandId, interactionId, draft.postUrl());
                close();
                Notices.success("Asking " + draft.authorHandle() + ": the task is in My work");
                started.accept(id);
            } catch (ValidationException shownAtTheFields) {
                // nothing to add: the binder marked the fields
            } catch (InvalidInput refused) {
                FormProblems.show(binder, refused);
            } catch (AccessDeniedException refused) {
                Notices.error(refused.getMessage());
            }
        });
        ask.setId("repost-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ask);
    }
}
