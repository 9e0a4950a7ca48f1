package io.engineroom.crisis.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

    Optional<Incident> findByBrandIdAndState(String brandId, Incident.State state);

    /** The brands' incidents in this state (open: at most one per brand). */
    List<Incident> findByBrandIdInAndState(Collection<String> brandIds, Incident.State state);

    /** The brands' latest incidents, newest first. */
    List<Incident> findTop100ByBrandIdInOrderByRaisedAtDescIdDesc(Collection<String> brandIds);
}
