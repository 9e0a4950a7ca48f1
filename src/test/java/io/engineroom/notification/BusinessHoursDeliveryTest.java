package io.engineroom.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandDetails;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BusinessHours.OpeningHours;
import io.engineroom.crisis.OnCallRota;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.outbox.OutboxWorker;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestUsers;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Business hours hold back e-mail: a brand open 9 to 5 every day, in a time zone where it is 22:00 now. A routine
 * notice is e-mailed when the brand next opens; a crisis notice, and one to the person on call, go at once. The
 * bell shows all of them at once.
 */
@EngineRoomIntegrationTest
class BusinessHoursDeliveryTest {

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxWorker outbox;
    @Autowired
    OnCallRota rota;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    String asleep;
    String onCall;
    ZoneOffset zone;

    @BeforeEach
    void aBrandWhereItIsTenAtNight() {
        TestClock.get().reset();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "hours-" + suffix;
        zone = Mailbox.whereItIs(LocalTime.of(22, 0), TestClock.get().instant());
        Map<DayOfWeek, OpeningHours> everyDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.put(day, new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        AsAdmin.run(() -> brands.create(new BrandDetails(brand, "Hours " + suffix, zone, false, false,
                Duration.ofHours(24), null, everyDay, Set.of())));
        asleep = TestUsers.ensure(users, brands, "asleep-" + suffix, Role.COMMUNITY_MANAGER, brand);
        onCall = TestUsers.ensure(users, brands, "on-call-" + suffix, Role.COMMUNITY_MANAGER, brand);
        AsAdmin.run(() -> rota.setOnCall(brand, onCall));
    }

    @AfterEach
    void backToNow() {
        TestClock.get().reset();
    }

    @Test
    void aNoticeAtTenAtNightIsMailedAtTheNextOpeningACrisisOneAndTheOnCallPersonsAtOnce() throws Exception {
        Instant now = TestClock.get().instant();
        Instant opening = now.atOffset(zone).toLocalDate().plusDays(1).atTime(9, 0).atOffset(zone).toInstant();

        long routine = notifications.send(notice(asleep, NoticeKind.SLA_BREACH, "Routine breach"));
        notifications.send(notice(asleep, NoticeKind.CRISIS, "Crisis raised"));
        notifications.send(notice(onCall, NoticeKind.SLA_BREACH, "Breach for the on-call person"));

        assertThat(Mailbox.await(onCall, 1)).extracting(Mailbox::subject)
                .containsExactly("Breach for the on-call person");
        assertThat(Mailbox.await(asleep, 1)).extracting(Mailbox::subject).containsExactly("Crisis raised");
        assertThat(dueAt(routine)).isEqualTo(opening);
        outbox.drain();
        assertThat(Mailbox.of(asleep)).as("the routine one waits").hasSize(1);
        assertThat(notifications.about("hours-test:" + asleep)).hasSize(2);

        TestClock.get().moveBy(Duration.between(now, opening).plusSeconds(1));
        outbox.drain();
        assertThat(Mailbox.await(asleep, 2)).extracting(Mailbox::subject)
                .containsExactlyInAnyOrder("Crisis raised", "Routine breach");
    }

    private Notice notice(String person, NoticeKind kind, String subject) {
        return new Notice(person, subject, "Something to act on.", "/", "hours-test:" + person, kind, brand);
    }

    private Instant dueAt(long noticeId) {
        return jdbc.queryForObject("select next_attempt_at from outbound_delivery where notice_id = ?",
                Timestamp.class, noticeId).toInstant();
    }
}
