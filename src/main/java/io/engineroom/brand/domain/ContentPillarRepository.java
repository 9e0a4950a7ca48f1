package io.engineroom.brand.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentPillarRepository extends JpaRepository<ContentPillar, Long> {

    List<ContentPillar> findByBrandIdOrderByTargetShareDescNameAsc(String brandId);
}
