package io.engineroom.publishing.domain;

import java.util.List;
import java.util.Optional;
import io.engineroom.publishing.PublishOutcome;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PublicationAttemptRepository extends JpaRepository<PublicationAttempt, Long> {

    Optional<PublicationAttempt> findFirstByIdempotencyKeyOrderByAttemptNoDesc(String idempotencyKey);

    List<PublicationAttempt> findByIdempotencyKeyOrderByAttemptNo(String idempotencyKey);

    List<PublicationAttempt> findByContentItemIdOrderByChannelIdAscAttemptNoAsc(long contentItemId);

    /** Attempts on a channel that did post (by the connector's answer or a person's check), newest first. */
    @Query("""
            select a from PublicationAttempt a
            where a.channelId = :channelId and (a.outcome = :published or a.resolution = :posted)
            order by a.startedAt desc""")
    List<PublicationAttempt> findPosted(@Param("channelId") long channelId,
            @Param("published") PublishOutcome.Status published, @Param("posted") PublicationAttempt.Finding posted,
            Pageable page);
}
