package io.engineroom.inbox.ui;

import static io.engineroom.inbox.InteractionHandlingVariables.INTERACTION_ID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.inbox.AnsweredBefore;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.inbox.SimilarInteractions;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskPanel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Answered before" on the Respond task: the brand's past interactions most like this one and the reply each got,
 * below the conversation. "Use this reply" copies a reply into the form's reply field (and picks "Reply"), to edit
 * before sending. Shown only to those the service lets see the interaction: members of its brand in an inbox role.
 * The Inbox screen's thread ({@link ThreadPanel}) shows the same list through {@link #forInteraction}.
 */
@org.springframework.stereotype.Component
@Order(InteractionTaskPanel.ORDER + 1)
class AnsweredBeforePanel implements TaskPanel {

    /** The reply field and the choice of response in the Respond task's form (forms/interaction-response.form). */
    static final String REPLY_FIELD = "field-replyText";
    static final String ACTION_FIELD = "field-action";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private static final Logger LOG = LoggerFactory.getLogger(AnsweredBeforePanel.class);

    private final SimilarInteractions similar;

    AnsweredBeforePanel(SimilarInteractions similar) {
        this.similar = similar;
    }

    @Override
    public Optional<Component> panelFor(TaskDetails task) {
        if (!InteractionIntake.SOP_KEY.equals(task.task().sopKey())
                || !InteractionQueue.RESPOND_TASK.equals(task.taskKey())) {
            return Optional.empty();
        }
        String interactionId = INTERACTION_ID.fromIfTyped(task.variables()).orElse(null);
        if (interactionId == null) {
            return Optional.empty();
        }
        return forInteraction(similar, interactionId, AnsweredBeforePanel::useReply);
    }

    /**
     * What was answered before the interaction, for whoever is signed in: nothing at all for someone the service
     * refuses (not an inbox role, not a member of the interaction's brand, or no such interaction), a line saying
     * it is not available when the search fails (a help beside the work, whose failure must not keep anyone from
     * answering), else {@link #list}. The Inbox screen's thread shows the same.
     */
    static Optional<Component> forInteraction(SimilarInteractions similar, String interactionId,
            Consumer<String> useReply) {
        List<AnsweredBefore> answered;
        try {
            answered = similar.answeredBefore(interactionId);
        } catch (InvalidInput | AccessDeniedException notForThem) {
            return Optional.empty();
        } catch (RuntimeException failed) {
            LOG.warn("Answered before for interaction {} failed: {}", interactionId, failed.toString());
            Paragraph unavailable = new Paragraph("Answered before: not available just now.");
            unavailable.setId("answered-before-unavailable");
            return Optional.of(unavailable);
        }
        return Optional.of(list(answered, useReply));
    }

    /**
     * The heading and the entries, most similar first, or a line saying nothing alike was answered; "Use this
     * reply" hands the reply's text to {@code useReply} (another screen with a reply field may show the same list).
     */
    static VerticalLayout list(List<AnsweredBefore> answered, Consumer<String> useReply) {
        VerticalLayout panel = new VerticalLayout(new H3("Answered before"));
        panel.setId("answered-before");
        panel.setPadding(false);
        if (answered.isEmpty()) {
            Paragraph none = new Paragraph("No interaction of this brand that means much the same has been answered.");
            none.setId("answered-before-none");
            panel.add(none);
        }
        for (int i = 0; i < answered.size(); i++) {
            panel.add(entry(answered.get(i), i, useReply));
        }
        return panel;
    }

    private static Div entry(AnsweredBefore past, int index, Consumer<String> useReply) {
        Span meta = new Span(Math.round(past.similarity() * 100) + " % alike · " + past.authorHandle() + " · "
                + WHEN.format(past.occurredAt()));
        meta.addClassName("er-answered-before__meta");
        Span text = new Span();
        text.addClassNames("answered-before-text", "er-answered-before__text");
        text.setText(past.text());
        Span reply = new Span();
        reply.addClassNames("answered-before-reply", "er-answered-before__reply");
        reply.setText(past.replyText());
        Span replied = new Span("Reply by " + (past.replySentBy() == null ? "?" : past.replySentBy()) + " · "
                + WHEN.format(past.repliedAt()));
        replied.addClassName("er-answered-before__meta");
        Button use = new Button("Use this reply", click -> useReply.accept(past.replyText()));
        use.setId("answered-before-use-" + index);
        use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div entry = new Div(meta, text, replied, reply, use);
        entry.setId("answered-before-" + index);
        entry.addClassNames("answered-before-entry", "er-answered-before__entry");
        return entry;
    }

    /** Into the task form on the same page: choose "Reply" so the field shows, then fill it. */
    @SuppressWarnings("unchecked")
    private static void useReply(String replyText) {
        Optional<Component> field = byId(REPLY_FIELD);
        if (field.isEmpty() || !(field.get() instanceof HasValue<?, ?>)) {
            Notices.error("This task's form has no reply field to copy the reply into");
            return;
        }
        byId(ACTION_FIELD).filter(RadioButtonGroup.class::isInstance)
                .ifPresent(action -> ((RadioButtonGroup<String>) action).setValue("reply"));
        ((HasValue<?, String>) field.get()).setValue(replyText);
    }

    private static Optional<Component> byId(String id) {
        UI ui = UI.getCurrent();
        return ui == null ? Optional.empty() : descendants(ui).filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst();
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
