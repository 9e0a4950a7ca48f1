package io.engineroom.community.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurpriseRepository extends JpaRepository<Surprise, Long> {

    /** The brand's surprises, newest first. */
    List<Surprise> findByBrandIdOrderByStartedAtDescIdDesc(String brandId);

    /** Whether one is open for the author (open_key set). */
    boolean existsByBrandIdAndAuthorHandleAndOpenKeyIsNotNull(String brandId, String authorHandle);
}
