package io.engineroom.assist;

import io.engineroom.assist.domain.Suggestion;
import io.engineroom.assist.domain.SuggestionRepository;
import java.time.Clock;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes the record of the task's suggestions when the task is completed: what the person submitted in the field
 * and how far it is from what the model wrote. Runs inside the engine's completion (a task listener), in its
 * transaction, so the record and the completion are kept or lost together.
 */
@Service
public class SuggestionOutcomes {

    private final SuggestionRepository suggestions;
    private final Clock clock;

    SuggestionOutcomes(SuggestionRepository suggestions, Clock clock) {
        this.suggestions = suggestions;
        this.clock = clock;
    }

    /**
     * @param submitted what the field held when the task was completed; null when the person submitted none (a
     *                  response other than a reply)
     */
    @Transactional
    public void taskCompleted(String taskId, String submitted, String completedBy) {
        for (Suggestion suggestion : suggestions.findByTaskIdAndCompletedAtIsNull(taskId)) {
            suggestion.completed(submitted, distance(suggestion.getOutput(), submitted), completedBy,
                    clock.instant());
        }
    }

    /** Characters inserted, deleted or replaced from the suggestion to the submitted text; null if either is none. */
    static Integer distance(String output, String submitted) {
        if (output == null || submitted == null) {
            return null;
        }
        return LevenshteinDistance.getDefaultInstance().apply(output, submitted);
    }
}
