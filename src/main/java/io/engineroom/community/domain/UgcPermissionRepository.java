package io.engineroom.community.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UgcPermissionRepository extends JpaRepository<UgcPermission, Long> {

    /** The brand's requests, newest first. */
    List<UgcPermission> findByBrandIdOrderByRequestedAtDescIdDesc(String brandId);
}
