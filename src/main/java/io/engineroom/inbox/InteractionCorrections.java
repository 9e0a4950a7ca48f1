package io.engineroom.inbox;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.inbox.domain.ClassificationCorrection;
import io.engineroom.inbox.domain.ClassificationCorrectionRepository;
import io.engineroom.inbox.domain.Interaction;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's correction of what the classifier said about an interaction. The interaction takes the corrected
 * values; each changed field is kept as a {@code classification_correction} row (who, when, from, to), so the
 * classifier's original answer and every change stay known. A changed category re-routes the interaction while it
 * waits for its first response: its SOP applies the SLA policy again and moves the Respond task's queue, due date and
 * timers (the SOP's "Category corrected" event); after the response there is nothing to move. The model that
 * classified it stays on the interaction as its model version.
 */
@Service
public class InteractionCorrections {

    /** The message the interaction SOP's "Category corrected" event waits for while Respond is open. */
    public static final String CATEGORY_CORRECTED = "interaction-category-corrected";

    private final ClassificationCorrectionRepository corrections;
    private final InteractionSummaries summaries;
    private final InboxAccess access;
    private final Clock clock;
    private final RuntimeService runtimeService;
    private final EngineIdentity engineIdentity;

    InteractionCorrections(ClassificationCorrectionRepository corrections, InteractionSummaries summaries,
            InboxAccess access, Clock clock, RuntimeService runtimeService, EngineIdentity engineIdentity) {
        this.corrections = corrections;
        this.summaries = summaries;
        this.access = access;
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.engineIdentity = engineIdentity;
    }

    /**
     * Sets the interaction's sentiment and category, for a member of its brand in an inbox role. Unchanged values
     * record nothing; a changed category re-routes the interaction if it still waits for its first response, in this
     * transaction (a sentiment alone routes nothing).
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
        boolean recategorised = interaction.getCategory() != category;
        if (interaction.getSentiment() != sentiment || recategorised) {
            interaction.correct(sentiment, category, user.id());
        }
        if (recategorised && interaction.getProcessInstanceId() != null) {
            reroute(interaction);
        }
        return summaries.converter().of(interaction);
    }

    /**
     * Tells the interaction's SOP instance its category changed, with the corrected values the policy reads. Only an
     * open Respond task subscribes to the message: once answered, nothing matches and nothing (not even a variable)
     * changes. Engine Room itself correlates, after the brand check above: the corrector needs no engine rights.
     */
    private void reroute(Interaction interaction) {
        // the policy reads the brand's target for the record's category over JDBC, in this transaction
        corrections.flush();
        engineIdentity.asSystem(() -> runtimeService.createMessageCorrelation(CATEGORY_CORRECTED)
                .processInstanceId(interaction.getProcessInstanceId())
                .setVariable(InteractionHandlingVariables.CATEGORY.name(), interaction.getCategory().name())
                .setVariable(InteractionHandlingVariables.SENTIMENT.name(), interaction.getSentiment().name())
                .correlateAllWithResult());
    }
}
