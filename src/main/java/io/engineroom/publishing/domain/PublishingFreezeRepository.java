package io.engineroom.publishing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishingFreezeRepository extends JpaRepository<PublishingFreeze, Long> {

    Optional<PublishingFreeze> findByFrozenBrandId(String brandId);

    List<PublishingFreeze> findByBrandIdOrderByFrozenAtDescIdDesc(String brandId);
}
