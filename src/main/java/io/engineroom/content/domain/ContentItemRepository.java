package io.engineroom.content.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentItemRepository extends JpaRepository<ContentItem, Long> {

    /** The brand's items planned to publish in [from, to). */
    List<ContentItem> findByBrandIdAndPublishAtGreaterThanEqualAndPublishAtLessThanOrderByPublishAt(String brandId,
            Instant from, Instant to);

    /** The brand's items without a publish time yet, oldest first. */
    List<ContentItem> findByBrandIdAndPublishAtIsNullOrderByCreatedAt(String brandId);

    /** The brand's items in the given states planned to publish at or after {@code from}, in publish order. */
    List<ContentItem> findByBrandIdAndStateInAndPublishAtGreaterThanEqualOrderByPublishAt(String brandId,
            Collection<ContentItem.State> states, Instant from);

    /** The ids of a brand's items that target a market, for the calendar's market filter. */
    @org.springframework.data.jpa.repository.Query("select i.id from ContentItem i join i.marketCodes m "
            + "where i.brandId = :brandId and m = :marketCode")
    List<Long> idsTargeting(@org.springframework.data.repository.query.Param("brandId") String brandId,
            @org.springframework.data.repository.query.Param("marketCode") String marketCode);
}
