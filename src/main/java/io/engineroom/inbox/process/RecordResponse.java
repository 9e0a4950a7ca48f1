package io.engineroom.inbox.process;

import io.engineroom.base.InvalidInput;
import io.engineroom.inbox.InteractionProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Respond" completed: checks the answer is whole (a reply has its text, a moderation its kind, anything else a
 * note saying why), in the engine so it holds for every caller; then the first response time is recorded.
 */
@Component("recordResponse")
class RecordResponse implements TaskListener {

    static final Set<String> ACTIONS = Set.of("reply", "moderate", "handoff", "crisis", "none");
    static final Set<String> MODERATIONS = Set.of("hide", "delete", "spam");
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
        var context = Context.getCommandContext();
        String user = context == null ? null : context.getAuthenticatedUserId();
        task.setVariable("respondedBy", user != null ? user : task.getAssignee());
        progress.responded(facts.interaction(task.getExecution()), ClockUtil.getCurrentTime().toInstant());
    }

    private static Map<String, String> problems(DelegateTask task) {
        Map<String, String> problems = new LinkedHashMap<>();
        Object action = task.getVariable("action");
        if (action == null || !ACTIONS.contains(action.toString())) {
            problems.put("action", "Choose how to respond: reply, moderate, hand off, raise a crisis or no response");
            return problems;
        }
        switch (action.toString()) {
            case "reply" -> {
                Object text = task.getVariable("replyText");
                if (text == null || text.toString().isBlank()) {
                    problems.put("replyText", "Write the reply");
                } else if (text.toString().length() > MAX_REPLY) {
                    problems.put("replyText", "A reply has at most " + MAX_REPLY + " characters");
                }
            }
            case "moderate" -> {
                Object moderation = task.getVariable("moderation");
                if (moderation == null || !MODERATIONS.contains(moderation.toString())) {
                    problems.put("moderation", "Choose hide, delete or mark as spam");
                }
            }
            default -> {
                Object note = task.getVariable("responseNote");
                if (note == null || note.toString().isBlank()) {
                    problems.put("responseNote", "Say why (for support, for the crisis team, or why no response)");
                }
            }
        }
        return problems;
    }
}
