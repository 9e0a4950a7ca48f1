package io.engineroom.assist.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.engineroom.assist.Draft;
import io.engineroom.assist.DraftUnavailable;
import io.engineroom.assist.Drafting;
import io.engineroom.assist.SuggestionKind;
import io.engineroom.base.InvalidInput;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskFieldAssist.FormText;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The button beside the field and its message. The draft is asked for on a worker thread and put in the field when
 * it comes (through the UI's push), so the form can be filled and completed meanwhile; a draft that comes after
 * the person typed in the field is not put over their text. A time-out or refusal is a message here, nothing more.
 */
class DraftButton extends Div {

    private final Drafting drafting;
    private final String taskId;
    private final SuggestionKind kind;
    private final FormText field;
    final Button button;
    final Span message = new Span();
    /** The request under way, for tests to wait on. */
    CompletableFuture<Draft> pending;

    DraftButton(Drafting drafting, String taskId, SuggestionKind kind, FormText field) {
        this.drafting = drafting;
        this.taskId = taskId;
        this.kind = kind;
        this.field = field;
        addClassName("er-assist");
        setId("assist-" + kind.fieldKey());
        button = new Button(kind.action(), click -> ask());
        button.setId("assist-" + kind.fieldKey() + "-button");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        message.setId("assist-" + kind.fieldKey() + "-message");
        message.addClassName("er-assist__message");
        add(button, message);
    }

    private void ask() {
        UI ui = UI.getCurrent();
        String before = field.value();
        try {
            pending = drafting.request(taskId, kind);
        } catch (AccessDeniedException | InvalidInput | TaskActionException refused) {
            show(refused.getMessage(), true);
            return;
        }
        button.setEnabled(false);
        show("Asking the AI service… you can go on with the form.", false);
        pending.whenComplete((draft, problem) -> ui.access(() -> {
            button.setEnabled(true);
            if (problem != null) {
                Throwable cause = problem instanceof CompletionException ? problem.getCause() : problem;
                show(cause instanceof DraftUnavailable none ? none.getMessage()
                        : "No draft this time: write it yourself.", true);
            } else if (!java.util.Objects.equals(before, field.value())) {
                show("A draft came, but you had changed the field meanwhile: ask again to replace your text.",
                        false);
            } else {
                field.fill(draft.text());
                show("A starting point from " + draft.model() + ": edit it, it is recorded with what you submit.",
                        false);
            }
        }));
    }

    private void show(String text, boolean problem) {
        message.setText(text);
        message.getClassNames().set("er-assist__message--problem", problem);
    }
}
