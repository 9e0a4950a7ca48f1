package io.engineroom.inbox.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassificationCorrectionRepository extends JpaRepository<ClassificationCorrection, Long> {

    List<ClassificationCorrection> findByInteractionIdOrderByCorrectedAt(String interactionId);

    /** The interactions corrected at or after a time. */
    @Query("select distinct c.interactionId from ClassificationCorrection c where c.correctedAt >= ?1")
    List<String> interactionsCorrectedSince(Instant since);

    /** Every correction of these interactions, oldest first (ties in the order they were made). */
    List<ClassificationCorrection> findByInteractionIdInOrderByCorrectedAtAscIdAsc(Collection<String> interactionIds);
}
