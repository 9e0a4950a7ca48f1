package io.engineroom.inbox.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntakeCredentialRepository extends JpaRepository<IntakeCredential, Long> {

    /** The channels whose API token has this SHA-256 (one, unless a token was set by hand for two). */
    List<IntakeCredential> findByTokenHash(String tokenHash);
}
