package io.engineroom.inbox.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntakeCredentialRepository extends JpaRepository<IntakeCredential, Long> {

    /** The channels whose API token has this SHA-256 (one, unless a token was set by hand for two). */
    List<IntakeCredential> findByTokenHash(String tokenHash);

    /**
     * Records a delivery's authentication, unless one was recorded within the minute before {@code now} (then
     * nothing is written); a time ahead of now (a clock set back) is overwritten.
     */
    @Transactional
    @Modifying
    @Query("update IntakeCredential c set c.lastUsedAt = :now where c.channelId = :channelId"
            + " and (c.lastUsedAt is null or c.lastUsedAt < :since or c.lastUsedAt > :now)")
    int recordUse(@Param("channelId") long channelId, @Param("now") Instant now, @Param("since") Instant since);
}
