package io.engineroom.inbox;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.inbox.domain.ClassificationCorrection;
import io.engineroom.inbox.domain.ClassificationCorrectionRepository;
import io.engineroom.inbox.domain.Interaction;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's correction of what the classifier said about an interaction. The interaction takes the corrected
 * values; each changed field is kept as a {@code classification_correction} row (who, when, from, to), so the
 * classifier's original answer and every change stay known.
 */
@Service
public class InteractionCorrections {

    private final ClassificationCorrectionRepository corrections;
    private final InteractionSummaries summaries;
    private final InboxAccess access;
    private final Clock clock;

    InteractionCorrections(ClassificationCorrectionRepository corrections, InteractionSummaries summaries,
            InboxAccess access, Clock clock) {
        this.corrections = corrections;
        this.summaries = summaries;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Sets the interaction's sentiment and category, for a member of its brand in an inbox role. Unchanged values
     * record nothing.
     */
    @Transactional
    public InteractionSummary correct(String interactionId, Sentiment sentiment, Category category) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (sentiment == null) {
            problems.put("sentiment", "Choose a sentiment");
        }
        if (category == null) {
            problems.put("category", "Choose a category");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Interaction interaction = access.interaction(interactionId);
        EngineRoomUser user = access.requireMember(interaction.getBrandId());
        Instant now = clock.instant();
        if (interaction.getSentiment() != sentiment) {
            corrections.save(new ClassificationCorrection(interactionId, "sentiment",
                    interaction.getSentiment().name(), sentiment.name(), user.id(), now));
        }
        if (interaction.getCategory() != category) {
            corrections.save(new ClassificationCorrection(interactionId, "category",
                    interaction.getCategory().name(), category.name(), user.id(), now));
        }
        if (interaction.getSentiment() != sentiment || interaction.getCategory() != category) {
            interaction.correct(sentiment, category, user.id());
        }
        return summaries.converter().of(interaction);
    }
}
