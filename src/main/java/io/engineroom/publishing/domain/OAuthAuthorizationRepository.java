package io.engineroom.publishing.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface OAuthAuthorizationRepository extends JpaRepository<OAuthAuthorization, String> {

    /** The row locked until the transaction ends: two callbacks with one state (a double click) spend it once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from OAuthAuthorization a where a.state = :state")
    Optional<OAuthAuthorization> lockByState(@Param("state") String state);

    @Transactional
    @Modifying
    @Query("delete from OAuthAuthorization a where a.createdAt < :before")
    int deleteCreatedBefore(@Param("before") Instant before);
}
