package io.engineroom.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportPeriod;
import io.engineroom.reporting.ReportState;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportStateTest {

    static final Instant AT = Instant.parse("2031-03-05T10:00:00Z");
    static final ReportPeriod WEEK = new ReportPeriod("beanleaf", Cadence.WEEKLY, LocalDate.of(2031, 2, 24),
            LocalDate.of(2031, 3, 3));

    final Report report = new Report(WEEK, AT);

    @Test
    void aWeeklyReportGoesFromInsightsThroughASendBackToApprovalAndDistribution() {
        report.generated("weekly.xlsx", new byte[] {1}, AT);
        report.insightsWritten("Reels carried the week.", "ana");
        report.sentBack();
        report.insightsWritten("Reels carried the week; post more.", "ana");
        report.approved("sam");
        report.distributed(AT.plusSeconds(60));

        assertThat(report.getState()).isEqualTo(ReportState.DISTRIBUTED);
        assertThat(report.getSentBackCount()).isEqualTo(1);
    }

    @Test
    void aReportNotYetGeneratedTakesNoInsightsAndIsNotDistributed() {
        assertThatThrownBy(() -> report.insightsWritten("Too early", "ana")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is due: only a report awaiting insights can take insights");
        assertThatThrownBy(() -> report.distributed(AT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only a report approved can be distributed");
        assertThat(report.getState()).isEqualTo(ReportState.DUE);
        assertThat(report.getInsights()).isNull();
    }

    @Test
    void onlyAReportAwaitingTheManagerIsApprovedOrSentBack() {
        report.generated("weekly.xlsx", new byte[] {1}, AT);

        assertThatThrownBy(() -> report.approved("sam")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is awaiting insights: only a report awaiting approval can be approved");
        assertThatThrownBy(report::sentBack).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("can be sent back");
        assertThat(report.getState()).isEqualTo(ReportState.AWAITING_INSIGHTS);
        assertThat(report.getSentBackCount()).isZero();
        assertThat(report.getApprovedBy()).isNull();
    }

    @Test
    void anApprovedReportIsNotApprovedAgainAndADailySnapshotIsNotDistributed() {
        report.generated("weekly.xlsx", new byte[] {1}, AT);
        report.insightsWritten("Reels carried the week.", "ana");
        report.approved("sam");

        assertThatThrownBy(() -> report.approved("max")).isInstanceOf(IllegalStateException.class);
        assertThat(report.getApprovedBy()).isEqualTo("sam");

        Report daily = new Report(new ReportPeriod("beanleaf", Cadence.DAILY, LocalDate.of(2031, 3, 4),
                LocalDate.of(2031, 3, 5)), AT);
        daily.generated("daily.xlsx", new byte[] {1}, AT);
        assertThat(daily.getState()).isEqualTo(ReportState.STORED);
        assertThatThrownBy(() -> daily.distributed(AT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is stored");
    }
}
