package io.engineroom.brand.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BrandRepository extends JpaRepository<Brand, String> {

    List<Brand> findByArchivedAtIsNotNull();
}
