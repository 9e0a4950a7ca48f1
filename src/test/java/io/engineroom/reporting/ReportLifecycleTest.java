package io.engineroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.Notice;
import io.engineroom.notification.Notifications;
import io.engineroom.notification.TaskNotices;
import io.engineroom.workflow.LiveSops;
import io.engineroom.reporting.domain.Report;
import io.engineroom.reporting.domain.ReportRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The report's steps on their own (plain Mockito): the KPI summary, bad input, and who gets the workbook. */
class ReportLifecycleTest {

    static final ReportPeriod WEEK = new ReportPeriod("beanleaf", Cadence.WEEKLY, LocalDate.of(2031, 2, 24),
            LocalDate.of(2031, 3, 3));

    final ReportRepository reports = mock(ReportRepository.class);
    final BrandService brands = mock(BrandService.class);
    final ReportingMetrics metrics = mock(ReportingMetrics.class);
    final KpiDictionary dictionary = mock(KpiDictionary.class);
    final Notifications notifications = mock(Notifications.class);
    final UserDirectory users = mock(UserDirectory.class);
    final Instant now = Instant.parse("2031-03-05T10:00:00Z");
    ReportLifecycle lifecycle;
    Report report;

    @BeforeEach
    void aWeeklyReport() {
        lifecycle = new ReportLifecycle(reports, brands, mock(ChannelService.class), mock(ReportWriter.class),
                metrics, dictionary, notifications, mock(TaskNotices.class), users, mock(RuntimeService.class),
                mock(TaskService.class),
                mock(LiveSops.class), Clock.fixed(now, ZoneOffset.UTC), event -> { });
        report = new Report(WEEK, now);
        report.generated("beanleaf-weekly-2031-02-24.xlsx", new byte[] {1, 2, 3}, now);
        when(reports.findById(7L)).thenReturn(Optional.of(report));
        when(brands.find("beanleaf")).thenReturn(Optional.of(new BrandSummary("beanleaf", "Bean & Leaf", false)));
    }

    @Test
    void theKpiSummaryNamesEachKpiWithItsUnitPreviousAndTarget() {
        when(dictionary.all()).thenReturn(List.of(
                new KpiDefinition("engagement_rate", "Engagement rate", "", "", "", "percent", true),
                new KpiDefinition("impressions", "Impressions", "", "", "", "count", true)));
        when(metrics.kpis(WEEK)).thenReturn(List.of(new KpiValue("engagement_rate", 3.25, 2.9, 4.0),
                new KpiValue("impressions", 12000.0, null, null)));

        assertThat(lifecycle.kpiSummary(7L)).isEqualTo("Engagement rate: 3.3 % (previous 2.9 %), target 4 %\n"
                + "Impressions: 12000");
    }

    @Test
    void insightsAndASendBackNeedText() {
        assertThatThrownBy(() -> lifecycle.recordInsights(7L, "  ", "ana"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsKey("insights"));
        assertThatThrownBy(() -> lifecycle.decide(7L, false, " ", "sam"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsKey("reviewComment"));
        assertThat(report.getState()).as("unchanged").isEqualTo(ReportState.AWAITING_INSIGHTS);
        assertThat(report.getSentBackCount()).isZero();
    }

    @Test
    void theWorkbookGoesOnceToEachAnalystManagerAndExecutive() {
        when(users.membersWithRole("beanleaf", Role.ANALYST)).thenReturn(List.of("ana", "max"));
        when(users.membersWithRole("beanleaf", Role.SOCIAL_MANAGER)).thenReturn(List.of("sam", "max"));
        when(users.membersWithRole("beanleaf", Role.EXECUTIVE)).thenReturn(List.of("eve"));
        lifecycle.recordInsights(7L, "Reels carried the week.", "ana");
        lifecycle.decide(7L, true, null, "sam");

        assertThat(lifecycle.distribute(7L)).isEqualTo(4);

        ArgumentCaptor<Notice> notices = ArgumentCaptor.forClass(Notice.class);
        verify(notifications, times(4)).send(notices.capture(), eq("beanleaf-weekly-2031-02-24.xlsx"),
                eq(ReportFile.XLSX), eq(new byte[] {1, 2, 3}));
        assertThat(notices.getAllValues()).extracting(Notice::recipientUserId)
                .containsExactlyInAnyOrder("ana", "max", "sam", "eve");
        assertThat(notices.getAllValues().get(0).subject())
                .isEqualTo("Weekly report 2031-02-24 – 2031-03-02, Bean & Leaf");
        verify(notifications, never()).send(any(Notice.class));
        assertThat(report.getState()).isEqualTo(ReportState.DISTRIBUTED);
        assertThat(report.getDistributedAt()).isEqualTo(now);
        verify(users, never()).membersWithRole(anyString(), eq(Role.ADMIN));
    }
}
