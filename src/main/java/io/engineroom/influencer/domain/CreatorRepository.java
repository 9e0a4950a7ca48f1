package io.engineroom.influencer.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreatorRepository extends JpaRepository<Creator, Long> {

    List<Creator> findByBrandIdOrderByNameAsc(String brandId);
}
