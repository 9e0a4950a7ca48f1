package io.engineroom.inbox;

import io.engineroom.identity.CurrentUser;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about interactions: their brands by id, and for a member of the brand the
 * interactions themselves (an incident's, the latest to attach to one). Which roles may see them is the asking
 * module's rule; this only keeps texts to the brand's members.
 */
@Service
public class InteractionDirectory {

    /** How far back someone attaching interactions to an incident can pick from. */
    public static final int RECENT = 100;

    private final InteractionRepository interactions;
    private final InteractionSummaries summaries;
    private final CurrentUser currentUser;

    InteractionDirectory(InteractionRepository interactions, InteractionSummaries summaries,
            CurrentUser currentUser) {
        this.interactions = interactions;
        this.summaries = summaries;
        this.currentUser = currentUser;
    }

    /** The brand of each of the given interactions that exists; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> brandsOf(Collection<String> interactionIds) {
        return interactions.findAllById(interactionIds).stream()
                .collect(Collectors.toMap(Interaction::getId, Interaction::getBrandId));
    }

    /** The brand's latest {@value #RECENT} interactions, newest first. */
    @Transactional(readOnly = true)
    public List<InteractionSummary> recent(String brandId) {
        requireMember(brandId);
        InteractionSummaries.Converter converter = summaries.converter();
        return interactions.findTop100ByBrandIdOrderByOccurredAtDescIdDesc(brandId).stream().map(converter::of)
                .toList();
    }

    /** Those of the given interactions that belong to the brand, oldest first; others are left out. */
    @Transactional(readOnly = true)
    public List<InteractionSummary> of(String brandId, Collection<String> interactionIds) {
        requireMember(brandId);
        InteractionSummaries.Converter converter = summaries.converter();
        return interactions.findAllById(interactionIds).stream()
                .filter(interaction -> brandId.equals(interaction.getBrandId()))
                .sorted(Comparator.comparing(Interaction::getOccurredAt).thenComparing(Interaction::getId))
                .map(converter::of).toList();
    }

    /**
     * Authors with at least {@code atLeast} interactions of the sentiment with the brand since a time, most first:
     * community care's super-fans are the authors with repeated positive ones.
     */
    @Transactional(readOnly = true)
    public List<AuthorActivity> authorsWith(String brandId, Sentiment sentiment, Instant since, int atLeast) {
        requireMember(brandId);
        return interactions.authorsWith(brandId, sentiment, since, Math.max(1, atLeast)).stream()
                .map(row -> new AuthorActivity(brandId, (String) row[0], (String) row[1], ((Number) row[2])
                        .longValue(), (Instant) row[3]))
                .toList();
    }

    private void requireMember(String brandId) {
        if (brandId == null || !currentUser.require().belongsTo(brandId)) {
            throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
        }
    }
}
