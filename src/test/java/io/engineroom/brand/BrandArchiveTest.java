package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * An archived brand keeps its records but takes no new work: reporting-cadence's hourly timer starts no report for
 * it (and does again once it is unarchived), channel health does not watch its main channels, its channels take no
 * interactions, and the choosers of new work leave it out. Uses its own brand: the demo brands stay untouched.
 */
@EngineRoomIntegrationTest
class BrandArchiveTest {

    /** Monday 3 March 2031, 09:00 in Berlin: the weekly report is due. */
    static final Instant MONDAY_NINE_IN_BERLIN = Instant.parse("2031-03-03T08:00:00Z");

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    InteractionIntake intake;
    @Autowired
    UserDirectory users;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    long channel;
    long reportsBefore;

    @BeforeEach
    void aBrandWithAMainChannel() {
        engineConfiguration.getJobExecutor().shutdown();
        brand = "arch-" + UUID.randomUUID().toString().substring(0, 8);
        BrandDetails defaults = BrandDetails.defaults(brand, "Archive Test " + brand);
        AsAdmin.run(() -> brands.create(new BrandDetails(brand, defaults.name(), ZoneId.of("Europe/Berlin"), false,
                false, Duration.ofHours(24), null, defaults.hours(), defaults.holidays())));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@" + brand, true)).id();
        Long max = jdbc.queryForObject("select max(id) from report", Long.class);
        reportsBefore = max == null ? 0 : max;
    }

    @AfterEach
    void clockBackAndJobExecutorOn() {
        // the rounds started every active brand's due reports: the other brands' are none of this test's business
        jdbc.queryForList("select id from report where id > ?", Long.class, reportsBefore).forEach(id ->
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("report:" + id).list()
                        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test over")));
        ClockUtil.reset();
        engineConfiguration.getJobExecutor().start();
    }

    @Test
    void theHourlyReportingTimerStartsNoReportForAnArchivedBrandAndDoesAgainOnceUnarchived() {
        AsAdmin.run(() -> brands.archive(brand));

        hourlyRoundAt(MONDAY_NINE_IN_BERLIN);

        assertThat(weeklyReports()).as("archived").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from report where id > ? and cadence = 'WEEKLY'",
                Long.class, reportsBefore)).as("the round ran: active brands got theirs").isPositive();

        AsAdmin.run(() -> brands.unarchive(brand));
        hourlyRoundAt(MONDAY_NINE_IN_BERLIN.plus(Duration.ofMinutes(30)));

        assertThat(weeklyReports()).as("active again").hasSize(1);
    }

    @Test
    void anArchivedBrandKeepsItsRecordButChannelHealthIntakeAndNewWorkChoosersLeaveItOut() {
        assertThat(mainChannelIds()).contains(channel);

        AsAdmin.run(() -> brands.archive(brand));

        assertThat(brands.isArchived(brand)).isTrue();
        assertThat(brands.find(brand)).as("kept, marked").hasValueSatisfying(found ->
                assertThat(found.archived()).isTrue());
        assertThat(brands.all()).extracting(BrandSummary::id).as("history and reports still list it")
                .contains(brand);
        assertThat(brands.active()).extracting(BrandSummary::id).doesNotContain(brand).contains("beanleaf");
        assertThat(brands.activeAmong(List.of(brand, "beanleaf"))).extracting(BrandSummary::id)
                .containsExactly("beanleaf");
        assertThat(mainChannelIds()).as("channel health does not watch it").doesNotContain(channel);
        assertThat(AsAdmin.call(() -> brands.overview())).filteredOn(listing -> listing.id().equals(brand))
                .singleElement().satisfies(listing -> {
                    assertThat(listing.archived()).isTrue();
                    assertThat(listing.archivedBy()).isEqualTo("admin");
                });
        assertThatThrownBy(() -> intake.acceptAndStart(channel, List.of(new IncomingInteraction("ext-1",
                InteractionKind.COMMENT, "@someone", "Someone", "Where is my order?", null, Instant.now(), null))))
                .isInstanceOf(InvalidInput.class).satisfies(refused -> assertThat(((InvalidInput) refused)
                        .problems()).containsKey("channel"));
        assertThat(jdbc.queryForObject("select count(*) from interaction where brand_id = ?", Long.class, brand))
                .isZero();

        AsAdmin.run(() -> brands.unarchive(brand));

        assertThat(mainChannelIds()).contains(channel);
        assertThat(brands.active()).extracting(BrandSummary::id).contains(brand);
    }

    @Test
    void aChannelsMainFlagIsSetByAnAdmin() {
        ChannelSummary changed = AsAdmin.call(() -> channels.setMain(channel, false));

        assertThat(changed.mainChannel()).isFalse();
        assertThat(mainChannelIds()).doesNotContain(channel);
        assertThat(AsAdmin.call(() -> channels.setMain(channel, true)).mainChannel()).isTrue();
    }

    @Test
    void aSocialManagerOfOtherBrandsCannotChangeThisBrandsMainChannels() {
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> channels.setMain(channel, false))
                    .isInstanceOf(AccessDeniedException.class);
        }

        assertThat(mainChannelIds()).contains(channel);
    }

    private List<Long> mainChannelIds() {
        return channels.mainChannels().stream().map(main -> main.channel().id()).toList();
    }

    /** Moves the engine clock and fires the hourly timer start, as the job executor would on the hour. */
    private void hourlyRoundAt(Instant then) {
        ClockUtil.setCurrentTime(Date.from(then));
        Job hourly = managementService.createJobQuery().processDefinitionKey("reporting-cadence")
                .activityId("EveryHour").singleResult();
        managementService.executeJob(hourly.getId());
    }

    private List<Long> weeklyReports() {
        return jdbc.queryForList("select id from report where brand_id = ? and cadence = 'WEEKLY'", Long.class,
                brand);
    }
}
