package io.engineroom.inbox.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IntakeCredentialRepository extends JpaRepository<IntakeCredential, Long> {
}
