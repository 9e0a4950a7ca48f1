package io.engineroom.inbox.domain;

import java.util.Collection;
import java.util.List;
import io.engineroom.inbox.InteractionState;
import io.engineroom.inbox.Sentiment;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InteractionRepository extends JpaRepository<Interaction, String> {

    /** Those of the given platform ids that this channel already has. */
    List<Interaction> findByChannelIdAndExternalIdIn(long channelId, Collection<String> externalIds);

    /** One author's conversation with a brand, oldest first. */
    List<Interaction> findByBrandIdAndAuthorHandleOrderByOccurredAt(String brandId, String authorHandle);

    /** The brand's latest interactions, newest first (what someone raising an incident picks from). */
    List<Interaction> findTop100ByBrandIdOrderByOccurredAtDescIdDesc(String brandId);

    /**
     * Per author, how many of the brand's interactions since a time had the given sentiment, the last display name
     * and the latest time: rows of handle, name, count, latest; only authors with at least {@code atLeast}.
     */
    @Query("select i.authorHandle, max(i.authorName), count(i), max(i.occurredAt) from Interaction i"
            + " where i.brandId = :brandId and i.sentiment = :sentiment and i.occurredAt >= :since"
            + " group by i.authorHandle having count(i) >= :atLeast order by count(i) desc, max(i.occurredAt) desc")
    List<Object[]> authorsWith(String brandId, Sentiment sentiment, Instant since, long atLeast);

    /**
     * Per brand, how many interactions are in the state and the earliest time one of them was received: rows of
     * brand id, count, earliest. Read from the index on (state, brand, received), not the table.
     */
    @Query("select i.brandId, count(i), min(i.receivedAt) from Interaction i where i.state = :state"
            + " group by i.brandId")
    List<Object[]> waitingByBrand(InteractionState state);
}
