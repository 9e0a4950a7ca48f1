package io.engineroom.inbox;

import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about interactions by id, without their texts. */
@Service
public class InteractionDirectory {

    private final InteractionRepository interactions;

    InteractionDirectory(InteractionRepository interactions) {
        this.interactions = interactions;
    }

    /** The brand of each of the given interactions that exists; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> brandsOf(Collection<String> interactionIds) {
        return interactions.findAllById(interactionIds).stream()
                .collect(Collectors.toMap(Interaction::getId, Interaction::getBrandId));
    }
}
