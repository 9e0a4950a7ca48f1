package io.engineroom.inbox.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassificationCorrectionRepository extends JpaRepository<ClassificationCorrection, Long> {

    List<ClassificationCorrection> findByInteractionIdOrderByCorrectedAt(String interactionId);
}
