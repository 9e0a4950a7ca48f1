package io.engineroom.brand.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BrandMarketRepository extends JpaRepository<BrandMarket, Long> {

    List<BrandMarket> findByBrandIdOrderByCode(String brandId);

    Optional<BrandMarket> findByBrandIdAndCode(String brandId, String code);
}
