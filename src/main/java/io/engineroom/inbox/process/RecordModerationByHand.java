package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION_FINDING;
import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION_NOTE;

import io.engineroom.base.InvalidInput;
import io.engineroom.inbox.InteractionModeration;
import io.engineroom.workflow.Acting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Moderate by hand" completed: checks the answer is whole (done or not needed, with a note) in the engine, so it
 * holds for every caller, then records on the interaction who did it and what they said.
 */
@Component("recordModerationByHand")
class RecordModerationByHand implements TaskListener {

    static final Set<String> FINDINGS = Set.of("done", "not-needed");

    private final InteractionModeration moderation;
    private final InteractionFacts facts;

    RecordModerationByHand(InteractionModeration moderation, InteractionFacts facts) {
        this.moderation = moderation;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, String> problems = new LinkedHashMap<>();
        String finding = MODERATION_FINDING.findIfTyped(task).orElse(null);
        if (finding == null || !FINDINGS.contains(finding)) {
            problems.put(MODERATION_FINDING.name(), "Say whether you did it on the platform or it is not needed");
        }
        String note = MODERATION_NOTE.findIfTyped(task).orElse(null);
        if (note == null || note.isBlank()) {
            problems.put(MODERATION_NOTE.name(), "Say what you did on the platform");
        } else if (note.length() > InteractionModeration.MAX_NOTE) {
            problems.put(MODERATION_NOTE.name(), "At most " + InteractionModeration.MAX_NOTE + " characters");
        }
        if (!problems.isEmpty()) {
            InvalidInput invalid = new InvalidInput(problems);
            throw new BadUserRequestException(invalid.getMessage(), invalid);
        }
        moderation.doneByHand(facts.interaction(task.getExecution()), Acting.completer(task),
                finding + ": " + note.strip());
    }
}
