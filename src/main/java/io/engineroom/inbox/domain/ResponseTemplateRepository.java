package io.engineroom.inbox.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseTemplateRepository extends JpaRepository<ResponseTemplate, Long> {

    List<ResponseTemplate> findByBrandIdOrderByName(String brandId);

    boolean existsByBrandIdAndName(String brandId, String name);
}
