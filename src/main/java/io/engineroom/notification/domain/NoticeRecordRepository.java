package io.engineroom.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Notices. The updates only change a notice still in the state they expect and return how many they changed:
 * on PostgreSQL a second request waits for the first one's row lock and then changes nothing.
 */
public interface NoticeRecordRepository extends JpaRepository<NoticeRecord, Long> {

    List<NoticeRecord> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    long countByRecipientAndAcknowledgedAtIsNullAndWithdrawnAtIsNull(String recipient);

    List<NoticeRecord> findByTopicOrderByCreatedAtAscIdAsc(String topic);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NoticeRecord n set n.acknowledgedAt = :at"
            + " where n.id = :id and n.acknowledgedAt is null and n.withdrawnAt is null")
    int acknowledge(long id, Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NoticeRecord n set n.withdrawnAt = :at, n.withdrawnReason = :reason"
            + " where n.id = :id and n.acknowledgedAt is null and n.withdrawnAt is null")
    int withdraw(long id, String reason, Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NoticeRecord n set n.shownAt = :at"
            + " where n.id in :ids and n.recipient = :recipient and n.shownAt is null")
    int markShown(Collection<Long> ids, String recipient, Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NoticeRecord n set n.emailedAt = :at, n.emailProblem = null where n.id = :id")
    int emailed(long id, Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NoticeRecord n set n.emailProblem = :problem where n.id = :id")
    int emailFailed(long id, String problem);
}
