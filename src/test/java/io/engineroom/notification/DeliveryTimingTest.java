package io.engineroom.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BusinessHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When a notice's e-mail may go out, at fixed moments: Bean & Leaf works weekdays 9 to 5 in Berlin, and Carla is
 * on call for it.
 */
class DeliveryTimingTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BusinessHours HOURS = BusinessHours.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0), BERLIN)
            .withHolidays(Set.of(LocalDate.of(2026, 12, 25)));

    final DeliveryTiming timing = new DeliveryTiming(brand -> Optional.ofNullable(Map.of("beanleaf", HOURS)
            .get(brand)), (user, brand, at) -> "carla".equals(user) && "beanleaf".equals(brand));

    @Test
    void aNoticeAt22BrandTimeIsMailedAtTheNextOpening() {
        // Wednesday 2 December 2026
        assertThat(timing.mailAt("ann", NoticeKind.SLA_BREACH, "beanleaf", berlin(2026, 12, 2, 22, 0)))
                .isEqualTo(berlin(2026, 12, 3, 9, 0));
    }

    @Test
    void aNoticeOnFridayEveningWaitsForMondayAndAHolidayIsSkipped() {
        assertThat(timing.mailAt("ann", NoticeKind.REVIEW_REMINDER, "beanleaf", berlin(2026, 12, 4, 17, 0)))
                .isEqualTo(berlin(2026, 12, 7, 9, 0));
        // Thursday 24th in the evening: Friday 25th is a holiday, the weekend follows
        assertThat(timing.mailAt("ann", NoticeKind.REVIEW_REMINDER, "beanleaf", berlin(2026, 12, 24, 20, 0)))
                .isEqualTo(berlin(2026, 12, 28, 9, 0));
    }

    @Test
    void aNoticeBeforeOpeningWaitsForTheOpeningOfThatDay() {
        assertThat(timing.mailAt("ann", NoticeKind.SLA_REMINDER, "beanleaf", berlin(2026, 12, 3, 6, 30)))
                .isEqualTo(berlin(2026, 12, 3, 9, 0));
    }

    @Test
    void aNoticeWithinBusinessHoursGoesAtOnce() {
        Instant now = berlin(2026, 12, 3, 9, 0);
        assertThat(timing.mailAt("ann", NoticeKind.SLA_BREACH, "beanleaf", now)).isEqualTo(now);
        Instant late = berlin(2026, 12, 3, 16, 59);
        assertThat(timing.mailAt("ann", NoticeKind.SLA_BREACH, "beanleaf", late)).isEqualTo(late);
    }

    @Test
    void aCrisisNoticeGoesAtOnceAtNight() {
        Instant night = berlin(2026, 12, 2, 22, 0);
        assertThat(timing.mailAt("ann", NoticeKind.CRISIS, "beanleaf", night)).isEqualTo(night);
    }

    @Test
    void theOnCallPersonHearsAtOnceAtNightAndOnlyForTheirBrand() {
        Instant night = berlin(2026, 12, 2, 22, 0);
        assertThat(timing.mailAt("carla", NoticeKind.SLA_BREACH, "beanleaf", night)).isEqualTo(night);
        assertThat(timing.mailAt("ann", NoticeKind.SLA_BREACH, "beanleaf", night)).isAfter(night);
    }

    @Test
    void aNoticeAboutNoBrandOrAnUnknownOneGoesAtOnce() {
        Instant night = berlin(2026, 12, 2, 22, 0);
        assertThat(timing.mailAt("ann", NoticeKind.GENERAL, null, night)).isEqualTo(night);
        assertThat(timing.mailAt("ann", NoticeKind.GENERAL, "gone", night)).isEqualTo(night);
    }

    private static Instant berlin(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN).toInstant();
    }
}
