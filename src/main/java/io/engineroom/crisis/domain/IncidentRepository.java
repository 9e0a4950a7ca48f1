package io.engineroom.crisis.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

    Optional<Incident> findByBrandIdAndState(String brandId, Incident.State state);
}
