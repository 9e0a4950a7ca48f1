package io.engineroom.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.digest.DailyDigest;
import io.engineroom.notification.outbox.OutboxWorker;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Immediate and digest delivery through a real SMTP server (GreenMail): one person hears at once, another chose the
 * daily digest and gets one e-mail with both their notices at 08:00 in their time zone, not before, and only once.
 * Their time zone is an offset at which it is 07:57 now, so the clock moves three minutes, not hours.
 */
@EngineRoomIntegrationTest
class DigestDeliveryTest {

    @Autowired
    Notifications notifications;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    DailyDigest digest;
    @Autowired
    OutboxWorker outbox;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    JdbcTemplate jdbc;

    String atOnce;
    String daily;
    ZoneOffset zone;

    @BeforeEach
    void twoPeopleWhereItIsAlmostEight() {
        TestClock.get().reset();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        atOnce = TestUsers.ensure(users, brands, "at-once-" + suffix, Role.COMMUNITY_MANAGER, "beanleaf");
        daily = TestUsers.ensure(users, brands, "daily-" + suffix, Role.COMMUNITY_MANAGER, "beanleaf");
        zone = Mailbox.whereItIs(LocalTime.of(7, 58), TestClock.get().instant());
        choose(atOnce, NoticePreferencesTest.choosing());
        choose(daily, NoticePreferencesTest.choosing(NoticeKind.SLA_BREACH, NoticeDelivery.DIGEST,
                NoticeKind.REVIEW_REMINDER, NoticeDelivery.DIGEST));
    }

    @AfterEach
    void backToNow() {
        TestClock.get().reset();
    }

    @Test
    void theDigestArrivesOnceAtEightLocalWithBothNoticesAndNotBefore() throws Exception {
        notifications.send(notice(atOnce, NoticeKind.SLA_BREACH, "Breach: a reply is late"));
        long breach = notifications.send(notice(daily, NoticeKind.SLA_BREACH, "Breach: a reply is late"));
        long review = notifications.send(notice(daily, NoticeKind.REVIEW_REMINDER, "Review waiting"));

        assertThat(Mailbox.await(atOnce, 1)).extracting(Mailbox::subject).containsExactly("Breach: a reply is late");
        assertThat(digest.sendDue()).as("07:5x there").isZero();
        outbox.drain();
        assertThat(Mailbox.of(daily)).as("nothing before 08:00").isEmpty();
        assertThat(digestedAt(breach)).isNull();

        TestClock.get().moveBy(Duration.ofMinutes(3));
        // two nodes at once (and the worker may be a third): one digest
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(digest::sendDue);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(digest::sendDue);
        assertThat(one.get() + other.get()).isLessThanOrEqualTo(1);
        List<MimeMessage> mails = Mailbox.await(daily, 1);
        Thread.sleep(500);
        mails = Mailbox.of(daily);
        assertThat(mails).hasSize(1);
        assertThat(Mailbox.subject(mails.get(0))).isEqualTo("Your Engine Room digest: 2 notices");
        assertThat(Mailbox.text(mails.get(0))).contains("Breach: a reply is late", "Review waiting",
                "Open in Engine Room: https://engine-room.example/incidents/1", "Times are in " + zone.getId());
        assertThat(digestedAt(breach)).isNotNull();
        assertThat(digestedAt(review)).isNotNull();

        assertThat(digest.sendDue()).as("a second run").isZero();
        outbox.drain();
        Thread.sleep(500);
        assertThat(Mailbox.of(daily)).hasSize(1);
        assertThat(Mailbox.of(atOnce)).as("the immediate one is no digest").hasSize(1);
    }

    @Test
    void aNoticeAfterTodaysDigestWaitsForTomorrowsAndNobodyGetsAnEmptyDigest() throws Exception {
        TestClock.get().moveBy(Duration.ofMinutes(3));
        assertThat(digest.sendDue()).as("nothing to list").isZero();

        long later = notifications.send(notice(daily, NoticeKind.SLA_BREACH, "After eight"));
        assertThat(digest.sendDue()).as("written after 08:00: tomorrow's").isZero();
        outbox.drain();
        Thread.sleep(500);
        assertThat(Mailbox.of(daily)).isEmpty();
        assertThat(digestedAt(later)).isNull();
        assertThat(notifications.about("digest-test:" + daily)).singleElement()
                .satisfies(notice -> assertThat(notice.delivery()).isEqualTo(NoticeDelivery.DIGEST));
    }

    private void choose(String person, java.util.Map<NoticeKind, NoticeDelivery> choices) {
        try (var signedIn = SignedIn.as(users, person)) {
            preferences.save(new NoticeSettings(choices, zone.getId()));
        }
    }

    private Notice notice(String person, NoticeKind kind, String subject) {
        // no brand: its business hours would hold the immediate e-mail back at night
        return new Notice(person, subject, "Something to act on.", "/incidents/1", "digest-test:" + person, kind,
                null);
    }

    private java.sql.Timestamp digestedAt(long noticeId) {
        return jdbc.queryForObject("select digested_at from notice where id = ?", java.sql.Timestamp.class, noticeId);
    }
}
