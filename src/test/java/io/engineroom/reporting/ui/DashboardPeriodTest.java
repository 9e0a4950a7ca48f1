package io.engineroom.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DashboardPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void eachPeriodEndsWithTodayIncluded() {
        ReportPeriod week = DashboardPeriod.LAST_7_DAYS.of("beanleaf", TODAY);
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(week.cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(week.brandId()).isEqualTo("beanleaf");

        ReportPeriod month = DashboardPeriod.LAST_30_DAYS.of("beanleaf", TODAY);
        assertThat(month.start()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(month.end()).isEqualTo(LocalDate.of(2026, 11, 22));

        ReportPeriod quarter = DashboardPeriod.LAST_QUARTER.of("beanleaf", TODAY);
        assertThat(quarter.start()).isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(quarter.cadence()).isEqualTo(Cadence.QUARTERLY);
    }
}
