package io.engineroom.notification;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.notification.domain.NoticeRecord;
import io.engineroom.notification.domain.NoticeRecordRepository;
import io.engineroom.notification.outbox.NewDelivery;
import io.engineroom.notification.outbox.OutboxSettings;
import io.engineroom.notification.outbox.OutboxStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to people: in-app at once (the header's bell, the Notifications screen) and, as their recipient chose for
 * the notice's kind ({@link NoticePreferences}), by e-mail through the outbox: the e-mail is written in the same
 * transaction as the notice and sent by the outbox worker once it commits. Every delivery time is kept: created, first shown, e-mailed (or why not), acknowledged,
 * withdrawn. Only its recipient sees or acknowledges a notice; the module a topic belongs to decides who reads all
 * notices on it ({@link NoticeTopicAccess}).
 */
@Service
public class Notifications {

    /** How many of my notices the Notifications screen lists, newest first. */
    public static final int MAX_LISTED = 100;

    /** The largest file a notice's e-mail carries; mail servers commonly refuse more than 25 MB. */
    public static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

    private final NoticeRecordRepository notices;
    private final NoticePreferences preferences;
    private final DeliveryTiming timing;
    private final OutboxStore outbox;
    private final OutboxSettings outboxSettings;
    private final CurrentUser currentUser;
    private final ObjectProvider<NoticeTopicAccess> topicAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NoticeRecordRepository notices, NoticePreferences preferences, DeliveryTiming timing,
            OutboxStore outbox, OutboxSettings outboxSettings, CurrentUser currentUser,
            ObjectProvider<NoticeTopicAccess> topicAccess, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.timing = timing;
        this.outbox = outbox;
        this.outboxSettings = outboxSettings;
        this.currentUser = currentUser;
        this.topicAccess = topicAccess;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the notice in the caller's transaction (in-app at once when it commits) and, when its recipient hears
     * of its kind at once, its e-mail in the outbox; a rolled-back step sends nothing. For the caller's own rules
     * (a process step, a service): callers decide who is told, so this asks nobody's permission and works without a
     * signed-in user.
     *
     * @return the notice's id
     */
    @Transactional
    public long send(Notice notice) {
        NoticeRecord saved = store(notice, Map.of());
        mailIfImmediate(saved, null);
        return saved.getId();
    }

    /**
     * As {@link #send(Notice)}, and the e-mail carries a file (a report's workbook). The file goes with the e-mail
     * only: in-app the notice's link leads to where it can be downloaded. Whoever hears of the kind in the digest
     * or in-app only finds it there.
     *
     * @return the notice's id
     */
    @Transactional
    public long send(Notice notice, String fileName, String contentType, byte[] content) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            problems.put("fileName", "An attachment needs a file name of at most 255 characters");
        }
        if (contentType == null || contentType.isBlank()) {
            problems.put("contentType", "An attachment needs a content type");
        }
        if (content == null || content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
            problems.put("content", "An attachment has 1 byte to " + MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MB");
        }
        NoticeRecord saved = store(notice, problems);
        mailIfImmediate(saved, mail -> mail.withAttachment(fileName.strip(), contentType.strip(), content));
        return saved.getId();
    }

    /** The signed-in recipient acknowledges; again changes nothing. The first time publishes NoticeAcknowledged. */
    @Transactional
    public void acknowledge(long noticeId) {
        acknowledgeAs(noticeId, currentUser.require().id());
    }

    /**
     * A process step acknowledges for its task's person (who completed the task): the same rules as
     * {@link #acknowledge(long)}, the notice must be theirs.
     */
    @Transactional
    public void acknowledgeFor(long noticeId, String userId) {
        acknowledgeAs(noticeId, userId);
    }

    /**
     * The notice moves on to someone else unacknowledged: it is kept, marked withdrawn with the reason. Again
     * changes nothing; an acknowledged notice cannot be withdrawn. For process steps, which decide when.
     */
    @Transactional
    public void withdraw(long noticeId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInput("reason", "Say why the notice is withdrawn (at most 1000 characters)");
        }
        NoticeRecord notice = find(noticeId);
        if (notices.withdraw(noticeId, reason.strip(), now()) == 0 && notice.getWithdrawnAt() == null) {
            throw new InvalidInput("notice", "Notice " + noticeId + " was acknowledged already: nothing to withdraw");
        }
    }

    /** The signed-in person's notices, newest first, at most {@link #MAX_LISTED}. */
    @Transactional(readOnly = true)
    public List<NoticeSummary> mine() {
        return notices.findByRecipientOrderByCreatedAtDescIdDesc(currentUser.require().id(), Limit.of(MAX_LISTED))
                .stream().map(Notifications::summary).toList();
    }

    /** How many of the signed-in person's notices are open: neither acknowledged nor withdrawn. */
    @Transactional(readOnly = true)
    public long unacknowledgedCount() {
        return notices.countByRecipientAndAcknowledgedAtIsNullAndWithdrawnAtIsNull(currentUser.require().id());
    }

    /** The recipient's screen showed these notices: the first time is their in-app delivery time. */
    @Transactional
    public void markShown(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String me = currentUser.require().id();
        Set<Long> wanted = Set.copyOf(ids);
        List<NoticeRecord> found = notices.findAllById(wanted);
        if (found.size() != wanted.size() || found.stream().anyMatch(notice -> !me.equals(notice.getRecipient()))) {
            throw new AccessDeniedException("Only a notice's recipient is shown it");
        }
        notices.markShown(wanted, me, now());
    }

    /**
     * Every notice on a topic, oldest first: for the people the topic's module lets read it (an incident room's
     * brand), and for Engine Room itself (a process step, with nobody signed in).
     */
    @Transactional(readOnly = true)
    public List<NoticeSummary> about(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new InvalidInput("topic", "Which topic?");
        }
        currentUser.find().ifPresent(user -> {
            if (topicAccess.orderedStream().noneMatch(access -> access.mayRead(user, topic))) {
                throw new AccessDeniedException("Not allowed to read the notices on " + topic);
            }
        });
        return notices.findByTopicOrderByCreatedAtAscIdAsc(topic).stream().map(Notifications::summary).toList();
    }

    private void acknowledgeAs(long noticeId, String userId) {
        NoticeRecord notice = find(noticeId);
        if (userId == null || !userId.equals(notice.getRecipient())) {
            throw new AccessDeniedException("Only its recipient acknowledges notice " + noticeId);
        }
        if (notice.getWithdrawnAt() != null) {
            throw new InvalidInput("notice", "Notice " + noticeId + " was withdrawn: " + notice.getWithdrawnReason());
        }
        Instant now = now();
        if (notices.acknowledge(noticeId, now) == 1) {
            events.publishEvent(new NoticeAcknowledged(noticeId, userId, notice.getTopic(), now));
        }
    }

    private NoticeRecord store(Notice notice, Map<String, String> moreProblems) {
        check(notice, moreProblems);
        String recipient = notice.recipientUserId().strip();
        NoticeDelivery delivery = preferences.deliveryFor(recipient, notice.kind());
        return notices.saveAndFlush(new NoticeRecord(recipient, notice.subject().strip(), notice.body().strip(),
                blankToNull(notice.link()), blankToNull(notice.topic()), now(), notice.kind().code(),
                blankToNull(notice.brandId()), delivery.name()));
    }

    /** Puts the notice's e-mail into the outbox when its recipient hears of its kind at once. */
    private void mailIfImmediate(NoticeRecord notice, UnaryOperator<NewDelivery> withMore) {
        if (!NoticeDelivery.IMMEDIATE.name().equals(notice.getDelivery())) {
            return;
        }
        NoticeKind kind = NoticeKind.fromCode(notice.getKind()).orElse(NoticeKind.GENERAL);
        Instant now = now();
        NewDelivery mail = NewDelivery.mail(notice.getId(), notice.getRecipient(), notice.getBrandId(),
                timing.mailAt(notice.getRecipient(), kind, notice.getBrandId(), now));
        outbox.enqueue(withMore == null ? mail : withMore.apply(mail), outboxSettings.maxAttempts(), now);
    }

    private NoticeRecord find(long noticeId) {
        return notices.findById(noticeId).orElseThrow(() -> new NotFound("notice", "No notice " + noticeId));
    }

    private static void check(Notice notice, Map<String, String> moreProblems) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (notice.recipientUserId() == null || notice.recipientUserId().isBlank()
                || notice.recipientUserId().length() > 255) {
            problems.put("recipientUserId", "Who is the notice for?");
        }
        if (notice.subject() == null || notice.subject().isBlank() || notice.subject().length() > 200) {
            problems.put("subject", "A subject of at most 200 characters is required");
        }
        if (notice.body() == null || notice.body().isBlank() || notice.body().length() > 4000) {
            problems.put("body", "Say what happened (at most 4000 characters)");
        }
        if (notice.link() != null && !notice.link().isBlank()
                && (!notice.link().startsWith("/") || notice.link().startsWith("//") || notice.link().length() > 500)) {
            problems.put("link", "A link is a path in Engine Room, such as /incidents/12");
        }
        if (notice.topic() != null && notice.topic().length() > 200) {
            problems.put("topic", "A topic has at most 200 characters");
        }
        problems.putAll(moreProblems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Now, to the microsecond the database keeps: an event's time equals the stored one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static NoticeSummary summary(NoticeRecord notice) {
        return new NoticeSummary(notice.getId(), notice.getRecipient(), notice.getSubject(), notice.getBody(),
                notice.getLink(), notice.getTopic(), notice.getCreatedAt(), notice.getShownAt(),
                notice.getEmailedAt(), notice.getEmailProblem(), notice.getAcknowledgedAt(), notice.getWithdrawnAt(),
                notice.getWithdrawnReason(), NoticeKind.fromCode(notice.getKind()).orElse(NoticeKind.GENERAL),
                notice.getBrandId(), NoticeDelivery.valueOf(notice.getDelivery()));
    }
}
