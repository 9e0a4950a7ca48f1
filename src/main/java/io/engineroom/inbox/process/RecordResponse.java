package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;
import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_TEXT;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONDED_BY;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONSE_NOTE;

import io.engineroom.base.InvalidInput;
import io.engineroom.inbox.InteractionProgress;
import io.engineroom.workflow.Acting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Respond" completed: checks the answer is whole (a reply has its text, a moderation its kind, anything else a
 * note saying why), in the engine so it holds for every caller; then the first response time is recorded.
 */
@Component("recordResponse")
class RecordResponse implements TaskListener {

    static final Set<String> ACTIONS = Set.of("reply", "moderate", "handoff", "crisis", "none");
    static final Set<String> MODERATIONS = Set.of("hide", "delete", "spam", "block", "mute");
    static final int MAX_REPLY = 5000;

    private final InteractionProgress progress;
    private final InteractionFacts facts;

    RecordResponse(InteractionProgress progress, InteractionFacts facts) {
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, String> problems = problems(task);
        if (!problems.isEmpty()) {
            InvalidInput invalid = new InvalidInput(problems);
            throw new BadUserRequestException(invalid.getMessage(), invalid);
        }
        // the person completing it; the system completing it for someone (demo data) answers as the assignee
        RESPONDED_BY.set(task, Acting.completer(task));
        progress.responded(facts.interaction(task.getExecution()), ClockUtil.getCurrentTime().toInstant());
    }

    private static Map<String, String> problems(DelegateTask task) {
        Map<String, String> problems = new LinkedHashMap<>();
        // the problems are keyed by the form's fields, which are the variables' names; a value of another type (not
        // the form's) is no answer, refused like a missing one
        String action = ACTION.findIfTyped(task).orElse(null);
        if (action == null || !ACTIONS.contains(action)) {
            problems.put(ACTION.name(),
                    "Choose how to respond: reply, moderate, hand off, raise a crisis or no response");
            return problems;
        }
        switch (action) {
            case "reply" -> {
                String text = REPLY_TEXT.findIfTyped(task).orElse(null);
                if (text == null || text.isBlank()) {
                    problems.put(REPLY_TEXT.name(), "Write the reply");
                } else if (text.length() > MAX_REPLY) {
                    problems.put(REPLY_TEXT.name(), "A reply has at most " + MAX_REPLY + " characters");
                }
            }
            case "moderate" -> {
                String moderation = MODERATION.findIfTyped(task).orElse(null);
                if (moderation == null || !MODERATIONS.contains(moderation)) {
                    problems.put(MODERATION.name(), "Choose hide, delete, mark as spam, block or mute");
                }
            }
            default -> {
                String note = RESPONSE_NOTE.findIfTyped(task).orElse(null);
                if (note == null || note.isBlank()) {
                    problems.put(RESPONSE_NOTE.name(),
                            "Say why (for support, for the crisis team, or why no response)");
                }
            }
        }
        return problems;
    }
}
