package io.engineroom.content.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MarketVariantRepository extends JpaRepository<MarketVariant, Long> {

    List<MarketVariant> findByContentItemIdOrderByMarketCode(long contentItemId);

    Optional<MarketVariant> findByContentItemIdAndMarketCode(long contentItemId, String marketCode);
}
