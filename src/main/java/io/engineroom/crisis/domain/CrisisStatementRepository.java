package io.engineroom.crisis.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CrisisStatementRepository extends JpaRepository<CrisisStatement, Long> {

    Optional<CrisisStatement> findByIncidentId(long incidentId);
}
