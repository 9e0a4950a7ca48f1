package io.engineroom.publishing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationAttemptRepository extends JpaRepository<PublicationAttempt, Long> {

    Optional<PublicationAttempt> findFirstByIdempotencyKeyOrderByAttemptNoDesc(String idempotencyKey);

    List<PublicationAttempt> findByIdempotencyKeyOrderByAttemptNo(String idempotencyKey);
}
