package io.engineroom.notification.digest;

import io.engineroom.notification.NoticePreferences;
import io.engineroom.notification.NotificationSettings;
import io.engineroom.notification.outbox.NewDelivery;
import io.engineroom.notification.outbox.OutboxSettings;
import io.engineroom.notification.outbox.OutboxStore;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: the notices a person chose to hear of once a day, in one e-mail at 08:00 in their time zone.
 * A digest lists what was written before that day's 08:00 and not yet in a digest; something written later waits
 * for the next day's. Sending claims the person's day first (a conditional update of {@code last_digest_on}), then
 * puts the e-mail into the outbox and marks the notices digested, all in one transaction: of two nodes only one
 * sends, a digest is never sent twice, and a failed pass leaves everything for the next one. Nothing to list, no
 * e-mail.
 */
@Component
public class DailyDigest {

    /** The most notices one digest lists in full; the rest are counted, to be read in Engine Room. */
    static final int MAX_LISTED = 200;
    /** The most of a notice's text a digest repeats. */
    static final int MAX_BODY = 600;

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final JdbcTemplate jdbc;
    private final NoticePreferences preferences;
    private final OutboxStore outbox;
    private final OutboxSettings outboxSettings;
    private final DigestSettings settings;
    private final DigestLetter letter;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DailyDigest(JdbcTemplate jdbc, NoticePreferences preferences, OutboxStore outbox, OutboxSettings outboxSettings,
            DigestSettings settings, NotificationSettings notificationSettings, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.outbox = outbox;
        this.outboxSettings = outboxSettings;
        this.settings = settings;
        this.letter = new DigestLetter(notificationSettings, MAX_BODY);
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * One pass at the application's clock: every person whose digest is due and has something in it gets it. The
     * worker runs this every minute; tests call it after moving the clock.
     *
     * @return how many digests this pass put into the outbox
     */
    public int sendDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> waiting = jdbc.queryForList("""
                select distinct recipient from notice
                where delivery = 'DIGEST' and digested_at is null and withdrawn_at is null""", String.class);
        int sent = 0;
        for (String person : waiting) {
            try {
                if (sendTo(person, now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // one person's problem (a time zone gone, a lock) must not keep everyone else's digest back
                log.warn("Daily digest for {} failed: {}", person, e.toString());
            }
        }
        return sent;
    }

    private boolean sendTo(String person, Instant now) {
        ZoneId zone = preferences.timeZoneOf(person);
        ZonedDateTime local = now.atZone(zone);
        if (local.toLocalTime().isBefore(settings.sendAt())) {
            return false;
        }
        LocalDate day = local.toLocalDate();
        Instant cutoff = day.atTime(settings.sendAt()).atZone(zone).toInstant();
        ensureSettingRow(person);
        return Boolean.TRUE.equals(transaction.execute(status -> {
            List<DigestLetter.Item> items = jdbc.query("""
                    select id, subject, body, link, created_at, acknowledged_at from notice
                    where recipient = ? and delivery = 'DIGEST' and digested_at is null and withdrawn_at is null
                        and created_at < ?
                    order by created_at, id""", (rs, row) -> new DigestLetter.Item(rs.getLong(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null),
                    person, Timestamp.from(cutoff));
            if (items.isEmpty()) {
                return false;
            }
            // the claim: on PostgreSQL a second node waits for this row's lock, then finds the day taken
            if (jdbc.update("""
                    update notice_person_setting set last_digest_on = ?
                    where user_id = ? and (last_digest_on is null or last_digest_on < ?)""", Date.valueOf(day),
                    person, Date.valueOf(day)) == 0) {
                return false;
            }
            List<DigestLetter.Item> listed = items.subList(0, Math.min(items.size(), MAX_LISTED));
            outbox.enqueue(NewDelivery.mailText(person, DigestLetter.subject(items.size()),
                    letter.text(listed, items.size() - listed.size(), zone), now), outboxSettings.maxAttempts(), now);
            markDigested(items, now);
            return true;
        }));
    }

    /** The person's settings row, which the day's claim updates; made in its own transaction, once. */
    private void ensureSettingRow(String person) {
        Integer rows = jdbc.queryForObject("select count(*) from notice_person_setting where user_id = ?",
                Integer.class, person);
        if (rows != null && rows > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into notice_person_setting (user_id) values (?)", person));
        } catch (DataIntegrityViolationException madeByAnotherNode) {
            // the row is there now, which is all this wanted
        }
    }

    private void markDigested(List<DigestLetter.Item> items, Instant now) {
        List<Object[]> ids = items.stream().map(item -> new Object[] {Timestamp.from(now), item.id()}).toList();
        jdbc.batchUpdate("update notice set digested_at = ? where id = ? and digested_at is null",
                ids);
    }
}
