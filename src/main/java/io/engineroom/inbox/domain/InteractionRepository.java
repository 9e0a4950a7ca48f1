package io.engineroom.inbox.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InteractionRepository extends JpaRepository<Interaction, String> {

    /** Those of the given platform ids that this channel already has. */
    List<Interaction> findByChannelIdAndExternalIdIn(long channelId, Collection<String> externalIds);

    /** One author's conversation with a brand, oldest first. */
    List<Interaction> findByBrandIdAndAuthorHandleOrderByOccurredAt(String brandId, String authorHandle);

    /** The brand's latest interactions, newest first (what someone raising an incident picks from). */
    List<Interaction> findTop100ByBrandIdOrderByOccurredAtDescIdDesc(String brandId);
}
