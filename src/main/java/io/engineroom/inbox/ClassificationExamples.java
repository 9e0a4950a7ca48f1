package io.engineroom.inbox;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.inbox.domain.ClassificationCorrection;
import io.engineroom.inbox.domain.ClassificationCorrectionRepository;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's corrections as labelled examples, for retraining the classifier: the corrected interactions' texts with
 * the latest correction of each field. The texts are what strangers wrote to a brand, so only admins read them (the
 * brands they belong to), or Engine Room itself with nobody signed in at all (a scheduled retraining: no
 * {@code Authentication} in the security context, not even an anonymous one), which reads every brand.
 */
@Service
public class ClassificationExamples {

    private final ClassificationCorrectionRepository corrections;
    private final InteractionRepository interactions;

    ClassificationExamples(ClassificationCorrectionRepository corrections, InteractionRepository interactions) {
        this.corrections = corrections;
        this.interactions = interactions;
    }

    /**
     * The interactions corrected at or after {@code since}, each labelled with the latest correction of each field
     * (also one made before {@code since}: the label is what people say now), oldest correction first.
     *
     * @throws AccessDeniedException for anyone signed in but an admin
     */
    @Transactional(readOnly = true)
    public List<LabelledExample> corrected(Instant since) {
        Objects.requireNonNull(since, "since");
        Predicate<String> readable = readableBrands();
        List<String> ids = corrections.interactionsCorrectedSince(since);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, ClassificationCorrection>> latest = new LinkedHashMap<>();
        for (ClassificationCorrection one : corrections.findByInteractionIdInOrderByCorrectedAtAscIdAsc(ids)) {
            latest.computeIfAbsent(one.getInteractionId(), id -> new LinkedHashMap<>()).put(one.getField(), one);
        }
        List<LabelledExample> examples = new ArrayList<>();
        for (Interaction interaction : interactions.findAllById(ids)) {
            if (readable.test(interaction.getBrandId())) {
                examples.add(example(interaction, latest.getOrDefault(interaction.getId(), Map.of())));
            }
        }
        examples.sort(Comparator.comparing(LabelledExample::correctedAt).thenComparing(LabelledExample::interactionId));
        return examples;
    }

    private static LabelledExample example(Interaction interaction, Map<String, ClassificationCorrection> fields) {
        ClassificationCorrection sentiment = fields.get("sentiment");
        ClassificationCorrection category = fields.get("category");
        Instant at = fields.values().stream().map(ClassificationCorrection::getCorrectedAt).max(Instant::compareTo)
                .orElse(null);
        return new LabelledExample(interaction.getId(), interaction.getBrandId(), interaction.getText(),
                sentiment == null ? null : Sentiment.valueOf(sentiment.getToValue()),
                category == null ? null : Category.valueOf(category.getToValue()), interaction.getModelVersion(), at);
    }

    private static Predicate<String> readableBrands() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return brand -> true;
        }
        if (authentication.getPrincipal() instanceof EngineRoomUser user && user.hasRole(Role.ADMIN)) {
            return user::belongsTo;
        }
        throw new AccessDeniedException("Corrections as training examples are for admins");
    }
}
