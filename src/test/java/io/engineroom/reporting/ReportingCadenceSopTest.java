package io.engineroom.reporting;

import static io.engineroom.reporting.ReportingCadenceVariables.INSIGHTS;
import static io.engineroom.reporting.ReportingCadenceVariables.REPORT_DECISION;
import static io.engineroom.reporting.ReportingCadenceVariables.REVIEW_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.DueJobs;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestMailServer;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.TaskInbox;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * reporting-cadence.bpmn on PostgreSQL with the real engine, services, inbox and mail server; the job executor is
 * paused and the engine clock moved by hand: Monday 09:00 in a brand's time zone starts its weekly report (and
 * not another zone's brand's), a second round starts nothing, and the report goes through the analyst and the
 * manager (sent back once), with reminders, to an e-mail carrying the workbook.
 */
@EngineRoomIntegrationTest
class ReportingCadenceSopTest {

    /** Monday 3 March 2031, 09:00 in Berlin (UTC+1 before summer time); 03:00 in New York. */
    static final Instant MONDAY_NINE_IN_BERLIN = Instant.parse("2031-03-03T08:00:00Z");

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    Notifications notifications;
    @Autowired
    KpiDictionary dictionary;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    JdbcTemplate jdbc;

    String berlin;
    String newYork;
    String analyst;
    String manager;
    String executive;
    long reportsBefore;

    @BeforeEach
    void twoBrandsInTwoTimeZones() {
        engineConfiguration.getJobExecutor().shutdown();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        berlin = brand("cad-berlin-" + suffix, "Europe/Berlin");
        newYork = brand("cad-ny-" + suffix, "America/New_York");
        analyst = person("ana-" + suffix, Role.ANALYST);
        manager = person("sam-" + suffix, Role.SOCIAL_MANAGER);
        executive = person("exe-" + suffix, Role.EXECUTIVE);
        Long max = jdbc.queryForObject("select max(id) from report", Long.class);
        reportsBefore = max == null ? 0 : max;
    }

    @AfterEach
    void clockBackAndJobExecutorOn() {
        // the rounds started every brand's due reports: the other brands' are none of this test's business
        jdbc.queryForList("select id from report where id > ?", Long.class, reportsBefore).forEach(id ->
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("report:" + id).list()
                        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test over")));
        ClockUtil.reset();
        TestClock.get().reset();
        engineConfiguration.getJobExecutor().start();
    }

    @Test
    void mondayNineInABrandsZoneStartsItsWeeklyReportOnceAndNotAnotherZonesBrands() {
        hourlyRoundAt(MONDAY_NINE_IN_BERLIN.minus(Duration.ofMinutes(1)));
        assertThat(weeklyReports(berlin)).as("08:59 in Berlin").isEmpty();

        hourlyRoundAt(MONDAY_NINE_IN_BERLIN);

        List<Long> weekly = weeklyReports(berlin);
        assertThat(weekly).hasSize(1);
        assertThat(jdbc.queryForMap("select period_start, period_end, state from report where id = ?", weekly.get(0)))
                .containsEntry("period_start", java.sql.Date.valueOf("2031-02-24"))
                .containsEntry("period_end", java.sql.Date.valueOf("2031-03-03")).containsEntry("state", "DUE");
        ProcessInstance instance = instance(weekly.get(0));
        assertThat(instance.getTenantId()).as("the brand's own instance").isEqualTo(berlin);
        assertThat(weeklyReports(newYork)).as("03:00 in New York").isEmpty();

        hourlyRoundAt(MONDAY_NINE_IN_BERLIN.plus(Duration.ofMinutes(30)));
        assertThat(weeklyReports(berlin)).as("a second round in the same week").containsExactlyElementsOf(weekly);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("report:" + weekly.get(0))
                .count()).isEqualTo(1);

        hourlyRoundAt(MONDAY_NINE_IN_BERLIN.plus(Duration.ofHours(6)));
        assertThat(weeklyReports(newYork)).as("09:00 in New York").hasSize(1);
    }

    @Test
    void theAnalystWritesUpTheManagerSendsItBackThenApprovesAndEveryoneGetsTheWorkbook() throws Exception {
        hourlyRoundAt(MONDAY_NINE_IN_BERLIN);
        long report = weeklyReports(berlin).get(0);
        runDueJobs(report, MONDAY_NINE_IN_BERLIN);
        assertThat(state(report)).isEqualTo("AWAITING_INSIGHTS");
        InboxEntry insightsTask = myTask(analyst, report);
        assertThat(insightsTask.taskName()).isEqualTo("Write insights and recommendations");
        assertThat(insightsTask.title()).startsWith("Weekly report 2031-02-24 – 2031-03-02");
        try (var signedIn = SignedIn.as(users, analyst)) {
            assertThat((String) inbox.open(insightsTask.taskId()).variables().get("kpiSummary"))
                    .as("the KPI summary on the form").contains(dictionary.get("impressions").name() + ": ");
        }

        runDueJobs(report, MONDAY_NINE_IN_BERLIN.plus(Duration.ofDays(1)));
        assertThat(notices(report)).as("reminded after a day").extracting(NoticeSummary::recipient)
                .containsExactly(analyst);
        assertThat(myTask(analyst, report)).as("the task stays").isNotNull();
        assertThat(notices(report)).extracting(NoticeSummary::kind, NoticeSummary::link, NoticeSummary::brandId)
                .containsExactly(tuple(NoticeKind.REPORT_DUE, "/task/" + insightsTask.taskId(), berlin));
        assertThat(myTask(analyst, report).isReminded()).as("a badge in the analyst's inbox").isTrue();

        complete(report, analyst, Map.of(INSIGHTS.name(), "Reels carried the week; post two more next week."));
        complete(report, manager, Map.of(REPORT_DECISION.name(), "sendBack", REVIEW_COMMENT.name(),
                "Say why reach fell."));
        assertThat(state(report)).isEqualTo("AWAITING_INSIGHTS");
        assertThat(myTask(analyst, report)).as("back with the analyst").isNotNull();
        assertThat(notices(report)).filteredOn(notice -> notice.kind() == NoticeKind.REPORT_SENT_BACK)
                .extracting(NoticeSummary::recipient, NoticeSummary::brandId).containsExactly(tuple(analyst, berlin));
        assertThat(notices(report)).filteredOn(notice -> notice.kind() == NoticeKind.REPORT_SENT_BACK)
                .allSatisfy(notice -> assertThat(notice.body()).contains("Say why reach fell."));
        complete(report, analyst, Map.of(INSIGHTS.name(), "Reach fell with one post fewer; reels carried the week."));
        runDueJobs(report, MONDAY_NINE_IN_BERLIN.plus(Duration.ofDays(2).plusHours(1)));
        assertThat(notices(report)).extracting(NoticeSummary::recipient).contains(manager);
        complete(report, manager, Map.of(REPORT_DECISION.name(), "approve"));
        runDueJobs(report, MONDAY_NINE_IN_BERLIN.plus(Duration.ofDays(2).plusHours(2)));

        Map<String, Object> row = jdbc.queryForMap("select * from report where id = ?", report);
        assertThat(row).containsEntry("state", "DISTRIBUTED").containsEntry("insights_by", analyst)
                .containsEntry("approved_by", manager).containsEntry("sent_back_count", 1)
                .containsEntry("insights", "Reach fell with one post fewer; reels carried the week.");
        assertThat(row.get("distributed_at")).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("report:" + report)
                .count()).as("ended").isZero();
        byte[] stored = (byte[]) row.get("data");
        String fileName = (String) row.get("file_name");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(stored))) {
            assertThat(workbook.getSheet("Insights").getRow(2).getCell(0).getStringCellValue())
                    .as("regenerated with the approved insights")
                    .isEqualTo("Reach fell with one post fewer; reels carried the week.");
        }
        for (String reader : List.of(analyst, manager, executive)) {
            MimeMessage mail = mailTo(reader);
            assertThat(mail.getSubject()).startsWith("Weekly report 2031-02-24 – 2031-03-02");
            Part attachment = attachment(mail);
            assertThat(attachment.getFileName()).isEqualTo(fileName);
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            attachment.getInputStream().transferTo(content);
            assertThat(content.toByteArray()).as("the stored workbook").isEqualTo(stored);
        }
        assertThat(notices(report)).filteredOn(notice -> notice.link().equals("/reports"))
                .extracting(NoticeSummary::recipient).containsExactlyInAnyOrder(analyst, manager, executive);
        assertThat(notices(report)).filteredOn(notice -> notice.link().equals("/reports"))
                .extracting(NoticeSummary::kind).containsOnly(NoticeKind.REPORT_DISTRIBUTED);
    }

    private String brand(String id, String zone) {
        AsAdmin.run(() -> brands.create(id, "Cadence " + id, false));
        BrandSettings settings = brands.settings(id);
        AsAdmin.run(() -> brands.configure(new BrandSettings(id, settings.name(), false, false, ZoneId.of(zone),
                settings.approvalLeadTime())));
        AsAdmin.call(() -> channels.addManual(id, Platform.INSTAGRAM, "@" + id, true));
        return id;
    }

    private String person(String id, Role role) {
        users.createUser(id, id, "(test)", id + "@example.com", "secret-" + id, List.of(role));
        brands.addMember(berlin, id);
        return id;
    }

    /** Moves the engine clock and fires the hourly timer start, as the job executor would on the hour. */
    private void hourlyRoundAt(Instant then) {
        ClockUtil.setCurrentTime(Date.from(then));
        Job hourly = managementService.createJobQuery().processDefinitionKey("reporting-cadence")
                .activityId("EveryHour").singleResult();
        managementService.executeJob(hourly.getId());
    }

    /** Moves the engine clock and runs the report's jobs due then. */
    private void runDueJobs(long report, Instant then) {
        // the application's clock too: a notice's e-mail waits for the brand's business hours, counted by it
        TestClock.get().moveBy(Duration.between(TestClock.get().instant(), then));
        DueJobs.runAt(managementService, instance(report).getId(), then);
    }

    private List<Long> weeklyReports(String brand) {
        return jdbc.queryForList("select id from report where brand_id = ? and cadence = 'WEEKLY'", Long.class,
                brand);
    }

    private ProcessInstance instance(long report) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("report:" + report)
                .singleResult();
    }

    private String state(long report) {
        return jdbc.queryForObject("select state from report where id = ?", String.class, report);
    }

    private InboxEntry myTask(String who, long report) {
        try (var signedIn = SignedIn.as(users, who)) {
            return inbox.page(new InboxFilter(berlin, "reporting-cadence"), 0, 50).stream()
                    .filter(entry -> ("report:" + report).equals(entry.businessKey())).findFirst().orElse(null);
        }
    }

    private void complete(long report, String who, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("report:" + report).singleResult();
        try (var signedIn = SignedIn.as(users, who)) {
            // the task's own form fields only, as the task page sends them (the rest would be refused)
            inbox.open(task.getId());
            inbox.complete(task.getId(), values, ZoneOffset.UTC);
        }
    }

    private List<NoticeSummary> notices(long report) {
        return notifications.about("report:" + report);
    }

    /** The mail with the workbook to the person, once the outbox worker has sent it (up to 10 s). */
    private static MimeMessage mailTo(String who) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        java.util.Optional<MimeMessage> withFile = withAttachment(TestMailServer.awaitMailFor(who + "@example.com"));
        while (withFile.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            withFile = withAttachment(TestMailServer.get().getReceivedMessagesForDomain(who + "@example.com"));
        }
        return withFile.orElseThrow(() -> new AssertionError("no mail with an attachment to " + who));
    }

    private static java.util.Optional<MimeMessage> withAttachment(MimeMessage[] mails) {
        return java.util.Arrays.stream(mails).filter(mail -> {
            try {
                return mail.getContent() instanceof Multipart;
            } catch (Exception e) {
                return false;
            }
        }).findFirst();
    }

    private static Part attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
        }
        throw new AssertionError("no attachment in " + mail.getSubject());
    }
}
