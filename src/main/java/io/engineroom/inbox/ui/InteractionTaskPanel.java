package io.engineroom.inbox.ui;

import static io.engineroom.inbox.InteractionHandlingVariables.INTERACTION_ID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.VoiceGuideCard;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.inbox.ConversationThread;
import io.engineroom.inbox.ConversationThreads;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskPanel;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The conversation on an interaction SOP's task page (Respond, Verify reply, Support case, the breach): what the
 * author wrote and what the brand replied, so the person working the task sees the whole thread, not only a title.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(InteractionTaskPanel.ORDER)
class InteractionTaskPanel implements TaskPanel {

    /** First among the interaction's panels: the conversation, then what helps answer it. */
    static final int ORDER = 100;

    private final ConversationThreads threads;
    private final VoiceGuides voice;

    InteractionTaskPanel(ConversationThreads threads, VoiceGuides voice) {
        this.threads = threads;
        this.voice = voice;
    }

    @Override
    public Optional<Component> panelFor(TaskDetails task) {
        if (!InteractionIntake.SOP_KEY.equals(task.task().sopKey())) {
            return Optional.empty();
        }
        String interactionId = INTERACTION_ID.fromIfTyped(task.variables()).orElse(null);
        if (interactionId == null) {
            return Optional.empty();
        }
        ConversationThread thread;
        try {
            thread = threads.of(interactionId);
        } catch (InvalidInput | AccessDeniedException notForThem) {
            return Optional.empty();
        }
        VerticalLayout panel = new VerticalLayout(new H3("The conversation"),
                ThreadPanel.entries(thread, interactionId));
        panel.setId("interaction-conversation");
        panel.setPadding(false);
        if (InteractionQueue.RESPOND_TASK.equals(task.taskKey())) {
            // the reply is written here: the brand's voice guide beside it (checked again on submit)
            VoiceGuideCard.of(voice, task.task().brandId()).ifPresent(panel::add);
        }
        return Optional.of(panel);
    }
}
