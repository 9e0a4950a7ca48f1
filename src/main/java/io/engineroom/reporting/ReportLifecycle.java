package io.engineroom.reporting;

import io.engineroom.workflow.LiveSops;
import io.engineroom.base.BusinessKey;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.Notice;
import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.Notifications;
import io.engineroom.notification.TaskNotices;
import io.engineroom.reporting.domain.Report;
import io.engineroom.reporting.domain.ReportRepository;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of reporting-cadence.bpmn, for its delegates (the system, nobody signed in): which reports are due,
 * generating and storing the workbook, the analyst's insights, the manager's decision, and sending it out. The
 * people's side (listing, downloading) is {@link Reports}.
 */
@Service
public class ReportLifecycle {

    /** Starts one brand's report in reporting-cadence.bpmn, as that brand's (tenant's) process instance. */
    public static final String SOP_KEY = "reporting-cadence";
    public static final String REPORT_DUE = "report-due";
    public static final int MAX_INSIGHTS = 8000;
    private static final Set<Role> RECIPIENTS = Set.of(Role.ANALYST, Role.SOCIAL_MANAGER, Role.EXECUTIVE);

    private final ReportRepository reports;
    private final BrandService brands;
    private final ChannelService channels;
    private final ReportWriter writer;
    private final ReportingMetrics metrics;
    private final KpiDictionary dictionary;
    private final Notifications notifications;
    private final TaskNotices taskNotices;
    private final UserDirectory users;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final LiveSops liveSops;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportLifecycle(ReportRepository reports, BrandService brands, ChannelService channels, ReportWriter writer,
            ReportingMetrics metrics, KpiDictionary dictionary, Notifications notifications, TaskNotices taskNotices,
            UserDirectory users, RuntimeService runtimeService, TaskService taskService, LiveSops liveSops,
            Clock clock, ApplicationEventPublisher events) {
        this.reports = reports;
        this.events = events;
        this.brands = brands;
        this.channels = channels;
        this.writer = writer;
        this.metrics = metrics;
        this.dictionary = dictionary;
        this.notifications = notifications;
        this.taskNotices = taskNotices;
        this.users = users;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.liveSops = liveSops;
        this.clock = clock;
    }

    /**
     * The hourly round at {@code now} (the engine's time): every brand whose local time makes a report due, and
     * which has no report for that period yet, gets one, started as its own process instance. A second round in
     * the same period finds the row and starts nothing. A brand without channels has no figures to report yet; an
     * archived brand gets no new reports.
     *
     * @return the ids of the reports started
     */
    @Transactional
    public List<Long> startDue(Instant now) {
        return startDue(now, EnumSet.allOf(Cadence.class));
    }

    /** Starts the reports of these cadences that are due now in their brand's time zone; the ids started. */
    public List<Long> startDue(Instant now, Set<Cadence> cadences) {
        List<Long> started = new ArrayList<>();
        for (BrandSummary brand : brands.active()) {
            if (channels.of(brand.id()).isEmpty()) {
                continue;
            }
            var brandNow = now.atZone(brands.settings(brand.id()).timeZone());
            for (Cadence cadence : cadences) {
                ReportSchedule.due(brand.id(), cadence, brandNow)
                        .filter(period -> !reports.existsByBrandIdAndCadenceAndPeriodStart(period.brandId(),
                                period.cadence(), period.start()))
                        .ifPresent(period -> started.add(start(period, brand.name())));
            }
        }
        return started;
    }

    private long start(ReportPeriod period, String brandName) {
        Report report = reports.saveAndFlush(new Report(period, now()));
        VariableMap variables = Variables.createVariables();
        ReportingCadenceVariables.BRAND.put(variables, period.brandId());
        ReportingCadenceVariables.REPORT_ID.put(variables, report.getId());
        ReportingCadenceVariables.CADENCE.put(variables, period.cadence().name());
        ReportingCadenceVariables.TITLE.put(variables, title(period, brandName));
        liveSops.startMessage(SOP_KEY, REPORT_DUE, period.brandId())
                .processInstanceBusinessKey("report:" + report.getId())
                .setVariables(variables)
                .correlateStartMessage();
        return report.getId();
    }

    /** Writes the workbook for the report's period with the insights written so far, and stores it. */
    @Transactional
    public void generate(long reportId) {
        Report report = find(reportId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report.period(), report.getInsights(), out);
        report.generated(fileName(report.period()), out.toByteArray(), now());
    }

    /** The period's KPIs, a line each, for the analyst's and the manager's form. */
    @Transactional(readOnly = true)
    public String kpiSummary(long reportId) {
        List<String> lines = new ArrayList<>();
        Map<String, KpiDefinition> definitions = new HashMap<>();
        dictionary.all().forEach(definition -> definitions.put(definition.key(), definition));
        for (KpiValue value : metrics.kpis(find(reportId).period())) {
            KpiDefinition kpi = definitions.get(value.kpi());
            String unit = kpi == null ? "" : unit(kpi.unit());
            StringBuilder line = new StringBuilder(kpi == null ? value.kpi() : kpi.name()).append(": ")
                    .append(number(value.value(), unit));
            if (value.previous() != null) {
                line.append(" (previous ").append(number(value.previous(), unit)).append(')');
            }
            if (value.target() != null) {
                line.append(", target ").append(number(value.target(), unit));
            }
            lines.add(line.toString());
        }
        return lines.isEmpty() ? "No figures for this period" : String.join("\n", lines);
    }

    @Transactional
    public void recordInsights(long reportId, String insights, String analyst) {
        if (insights == null || insights.isBlank() || insights.strip().length() > MAX_INSIGHTS) {
            throw new InvalidInput("insights", "Write the insights and recommendations (at most " + MAX_INSIGHTS
                    + " characters)");
        }
        find(reportId).insightsWritten(insights.strip(), analyst);
    }

    /**
     * The manager's decision: approve, or send back to the analyst, which needs a comment. The analyst who wrote
     * the insights hears that it came back and why, while they still work for the brand; else nobody in particular
     * wrote them and the task itself waits for the brand's analysts.
     */
    @Transactional
    public void decide(long reportId, boolean approve, String comment, String manager) {
        Report report = find(reportId);
        if (approve) {
            report.approved(manager);
            return;
        }
        if (comment == null || comment.isBlank()) {
            throw new InvalidInput("reviewComment", "Say what the analyst should change");
        }
        report.sentBack();
        String analyst = report.getInsightsBy();
        if (analyst != null && users.isActive(analyst) && users.load(analyst)
                .map(user -> user.belongsTo(report.getBrandId())).orElse(false)) {
            String title = title(report.period(), brandName(report.getBrandId()));
            notifications.send(new Notice(analyst, cut("Sent back: " + title, 200),
                    cut((manager == null ? "The manager" : manager) + " sent the report back: " + comment.strip()
                            + " Rewrite the insights in My work.", 4000),
                    "/", "report:" + reportId, NoticeKind.REPORT_SENT_BACK, report.getBrandId()));
        }
    }

    /**
     * E-mails the workbook to the brand's analysts, social media managers and executives, with an in-app notice
     * each; the e-mails go once this step has committed.
     *
     * @return how many people were sent it
     */
    @Transactional
    public int distribute(long reportId) {
        Report report = find(reportId);
        String title = title(report.period(), brandName(report.getBrandId()));
        Set<String> recipients = new LinkedHashSet<>();
        RECIPIENTS.stream().sorted().forEach(role -> recipients.addAll(users.membersWithRole(report.getBrandId(),
                role)));
        for (String recipient : recipients) {
            notifications.send(new Notice(recipient, title,
                    "The " + report.getCadence().name().toLowerCase(Locale.ROOT) + " report is approved"
                            + (report.getApprovedBy() == null ? "" : " by " + report.getApprovedBy())
                            + ". The workbook, with the analyst's insights and recommendations, is attached to"
                            + " the e-mail and on the Reports screen.",
                    "/reports", "report:" + reportId, NoticeKind.REPORT_DISTRIBUTED, report.getBrandId()),
                    report.getFileName(), ReportFile.XLSX, report.getData());
        }
        report.distributed(now());
        events.publishEvent(new ReportApproved(report.getBrandId(), reportId, report.getCadence(), report.period(),
                title, now()));
        return recipients.size();
    }

    /**
     * Reminds the people of the report's open task for the role (its assignee, else the brand's people with the
     * role) that the report waits for them: the task shows a badge and comes first in their inbox among the tasks
     * due at the same time.
     *
     * @return how many notices were sent
     */
    @Transactional
    public int remind(long reportId, Role role, String what) {
        Report report = find(reportId);
        String title = title(report.period(), brandName(report.getBrandId()));
        int sent = 0;
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey("report:" + reportId)
                .tenantIdIn(report.getBrandId()).taskCandidateGroup(role.groupId()).includeAssignedTasks().list()) {
            sent += taskNotices.remind(task.getId(), NoticeKind.REPORT_DUE, cut("Reminder: " + title, 200),
                    title + " waits for you: " + what + ".").size();
        }
        return sent;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Transactional(readOnly = true)
    public ReportPeriod period(long reportId) {
        return find(reportId).period();
    }

    public Optional<ReportState> state(long reportId) {
        return reports.findById(reportId).map(Report::getState);
    }

    static String title(ReportPeriod period, String brandName) {
        String cadence = switch (period.cadence()) {
            case DAILY -> "Daily snapshot";
            case WEEKLY -> "Weekly report";
            case MONTHLY -> "Monthly review";
            case QUARTERLY -> "Quarterly review";
        };
        var last = period.end().minusDays(1);
        String days = period.start().equals(last) ? period.start().toString() : period.start() + " – " + last;
        return cadence + " " + days + ", " + brandName;
    }

    static String fileName(ReportPeriod period) {
        return period.brandId() + "-" + period.cadence().name().toLowerCase(Locale.ROOT) + "-" + period.start()
                + ".xlsx";
    }

    private String brandName(String brandId) {
        return brands.find(brandId).map(BrandSummary::name).orElse(brandId);
    }

    /**
     * The report a reporting instance works on: named by its business key ({@code report:<id>}), and only if the
     * report belongs to the instance's brand (its tenant, fixed when it started). The SOP's steps ask here rather
     * than trusting a {@code reportId} variable, which someone could have pointed at another brand's report.
     */
    @Transactional(readOnly = true)
    public long reportOfInstance(String processInstanceId, String businessKey, String tenantId) {
        long id = BusinessKey.numericId(businessKey, "report", processInstanceId);
        Report report = reports.findById(id).orElseThrow(() -> new NotFound("report", "No report " + id));
        if (tenantId == null || !tenantId.equals(report.getBrandId())) {
            throw new IllegalStateException("Report " + id + " is not a report of brand '" + tenantId + "'");
        }
        return id;
    }

    private Report find(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFound("report", "No report " + reportId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String unit(String unit) {
        return switch (unit == null ? "" : unit) {
            case "percent" -> " %";
            case "minutes" -> " min";
            case "hours" -> " h";
            default -> "";
        };
    }

    private static String number(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        String text = value == Math.rint(value) ? String.valueOf(value.longValue())
                : String.format(Locale.ROOT, "%.1f", value);
        return text + unit;
    }
}
