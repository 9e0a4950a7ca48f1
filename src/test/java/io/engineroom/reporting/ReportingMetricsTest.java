package io.engineroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.reporting.ReportFigures.ChannelFigures;
import io.engineroom.reporting.ReportFigures.DailyTrend;
import io.engineroom.reporting.ReportFigures.InteractionRow;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.PostDayRow;
import io.engineroom.reporting.ReportFigures.PostFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.TaskInbox;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A fresh brand in Berlin (UTC+1 in March) with a known week, 2 to 8 March 2026: every figure below is worked out
 * by hand in the comments. Times are UTC; an instant just before midnight UTC on Sunday is Monday in Berlin.
 */
@EngineRoomIntegrationTest
class ReportingMetricsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ReportingMetrics metrics;
    @Autowired
    KpiDictionary dictionary;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ContentService content;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KpiTargets targets;

    String brand;
    ReportPeriod week;
    long toots;
    long insta;

    @BeforeEach
    void aKnownWeek() {
        brand = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "KPI Test", false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, "KPI Test", false, false, BERLIN,
                Duration.ofHours(24))));
        week = new ReportPeriod(brand, Cadence.WEEKLY, MONDAY, MONDAY.plusWeeks(1));
        toots = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@kpi", true)).id();
        insta = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@kpi", false)).id();
        long education = pillar("Education", 60);
        long product = pillar("Product", 40);

        // published in the week: one (toots, Education), two (insta, Education), three (toots, Product: Monday
        // 00:30 in Berlin); four is Sunday 23:30 in Berlin, the week before; five is approved, not published
        long one = item("Post one", "PUBLISHED", education, "2026-03-03T10:00:00Z", toots);
        long two = item("Post two", "PUBLISHED", education, "2026-03-05T10:00:00Z", insta);
        long three = item("Post three", "PUBLISHED", product, "2026-03-01T23:30:00Z", toots);
        item("Post four", "PUBLISHED", null, "2026-03-01T22:30:00Z", toots);
        item("Post five", "APPROVED", education, "2026-03-04T10:00:00Z", toots);

        // post figures are running totals: one ends the week at 300/30, the reading of 9 March is next week's
        postDay(one, toots, "2026-03-03", 100, 10);
        postDay(one, toots, "2026-03-04", 300, 30);
        postDay(one, toots, "2026-03-09", 999, 99);
        postDay(two, insta, "2026-03-05", 200, 40);
        postDay(three, toots, "2026-03-02", 50, 5);

        // channel day figures: impressions, reach, engagements, saves, shares, comments, clicks, followers, leads
        channelDay(toots, "2026-03-02", 1000L, 800L, 50L, null, 5L, 7L, null, 3L, null);
        channelDay(toots, "2026-03-08", 500L, 400L, 25L, null, 2L, 3L, null, -1L, null);
        channelDay(insta, "2026-03-04", 2000L, 1500L, 150L, 20L, 10L, 30L, 40L, 12L, 2L);
        channelDay(toots, "2026-03-09", 7777L, null, 77L, null, null, null, null, null, null);
        channelDay(toots, "2026-03-01", 400L, null, 8L, null, null, null, null, 1L, null);

        // interactions: category, sentiment, received, first response, due, breached, state
        interaction("QUESTION", "NEGATIVE", "2026-03-02T08:00:00Z", "2026-03-02T08:30:00Z", "2026-03-02T09:00:00Z",
                null, "ANSWERED"); // 30 min, in time
        interaction("QUESTION", "NEUTRAL", "2026-03-03T08:00:00Z", "2026-03-03T10:00:00Z", "2026-03-03T09:00:00Z",
                "2026-03-03T09:00:00Z", "ANSWERED"); // 120 min, late
        interaction("QUESTION", "POSITIVE", "2026-03-04T08:00:00Z", "2026-03-04T08:10:00Z", "2026-03-04T09:00:00Z",
                null, "ANSWERED"); // 10 min, in time
        interaction("COMPLAINT", "NEGATIVE", "2026-03-01T23:30:00Z", null, "2026-03-02T01:30:00Z",
                "2026-03-02T01:30:00Z", "OPEN"); // Monday in Berlin, unanswered, breached
        interaction("LEAD", "POSITIVE", "2026-03-05T12:00:00Z", "2026-03-05T12:45:00Z", null, null,
                "ANSWERED"); // 45 min, no SLA
        interaction("COMPLAINT", "NEGATIVE", "2026-03-01T22:30:00Z", "2026-03-01T22:40:00Z", "2026-03-01T23:30:00Z",
                null, "ANSWERED"); // the week before: 10 min, in time
        interaction("QUESTION", "NEUTRAL", "2026-03-08T23:30:00Z", null, null, null,
                "OPEN"); // next week (Monday in Berlin), still open

        jdbc.update("insert into kpi_target (brand_id, kpi_key, target) values (?, 'posts_published', 4), "
                + "(?, 'sla_compliance', 90)", brand, brand);
    }

    @Test
    void theKpisOfTheWeekTheWeekBeforeAndTheTargets() {
        approvedAfterOneRejection();
        Map<String, KpiValue> kpis = metrics.kpis(week).stream()
                .collect(Collectors.toMap(KpiValue::kpi, Function.identity()));

        assertThat(kpis.keySet()).containsExactlyInAnyOrderElementsOf(
                dictionary.all().stream().map(KpiDefinition::key).toList());
        // channel days 2, 4 and 8 March: 1000 + 2000 + 500; the week before only 1 March: 400
        assertThat(kpis.get("impressions")).isEqualTo(new KpiValue("impressions", 3500.0, 400.0, null));
        // 800 + 1500 + 400; no reach the week before: null, not 0
        assertThat(kpis.get("reach")).isEqualTo(new KpiValue("reach", 2700.0, null, null));
        assertThat(kpis.get("engagements")).isEqualTo(new KpiValue("engagements", 225.0, 8.0, null));
        // 225 / 3500 = 6.43 %; 8 / 400 = 2 %
        assertThat(kpis.get("engagement_rate").value()).isCloseTo(100.0 * 225 / 3500, within(1e-9));
        assertThat(kpis.get("engagement_rate").previous()).isCloseTo(2.0, within(1e-9));
        assertThat(kpis.get("saves").value()).isEqualTo(20.0);
        assertThat(kpis.get("shares").value()).isEqualTo(17.0); // 5 + 2 + 10
        assertThat(kpis.get("comments").value()).isEqualTo(40.0); // 7 + 3 + 30
        assertThat(kpis.get("clicks").value()).isEqualTo(40.0);
        assertThat(kpis.get("follower_change")).isEqualTo(new KpiValue("follower_change", 14.0, 1.0, null));
        // 2 from Instagram + 1 sales lead in the inbox; the week before none
        assertThat(kpis.get("leads")).isEqualTo(new KpiValue("leads", 3.0, 0.0, null));
        // one, two, three; the week before four
        assertThat(kpis.get("posts_published")).isEqualTo(new KpiValue("posts_published", 3.0, 1.0, 4.0));
        assertThat(kpis.get("interactions_received")).isEqualTo(new KpiValue("interactions_received", 5.0, 1.0,
                null));
        // 2 of 5 negative; the week before 1 of 1
        assertThat(kpis.get("negative_share")).isEqualTo(new KpiValue("negative_share", 40.0, 100.0, null));
        // answered after 10, 30, 45, 120 minutes: median (30 + 45) / 2
        assertThat(kpis.get("first_response_minutes")).isEqualTo(new KpiValue("first_response_minutes", 37.5, 10.0,
                null));
        // of the three answered with a due time, two in time
        assertThat(kpis.get("sla_compliance").value()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(kpis.get("sla_compliance").previous()).isEqualTo(100.0);
        assertThat(kpis.get("sla_compliance").target()).isEqualTo(90.0);
        // brief at 09:00, approved at 20:00
        assertThat(kpis.get("approval_cycle_hours")).isEqualTo(new KpiValue("approval_cycle_hours", 11.0, null,
                null));
        assertThat(kpis.get("rejections")).isEqualTo(new KpiValue("rejections", 1.0, 0.0, null));
    }

    @Test
    void channelsPillarsPostsAndTrend() {
        List<ChannelFigures> byChannel = metrics.channels(week);
        // toots: posts one and three; days 2 and 8 March. insta: post two; 4 March
        assertThat(byChannel).containsExactly(
                new ChannelFigures(toots, "Mastodon @kpi", "MASTODON", 2, 1500, 1200, 75, 0, 7, 10, 0, 2, 0),
                new ChannelFigures(insta, "Instagram @kpi", "INSTAGRAM", 1, 2000, 1500, 150, 20, 10, 30, 40, 12, 2));

        List<PillarFigures> pillars = metrics.pillars(week);
        // Education: one (30) and two (40) = 2 of 3 posts; Product: three (5); post four is last week's
        assertThat(pillars).extracting(PillarFigures::pillar, PillarFigures::posts, PillarFigures::targetShare,
                PillarFigures::engagements).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Education", 2L, 60.0, 70L),
                        org.assertj.core.groups.Tuple.tuple("Product", 1L, 40.0, 5L));
        assertThat(pillars.get(0).share()).isCloseTo(200.0 / 3, within(1e-9));

        // latest running totals up to the week's end: two 200/40, one 300/30, three 50/5
        assertThat(metrics.posts(week, 2, true)).extracting(PostFigures::title, PostFigures::engagements,
                PostFigures::engagementRate).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Post two", 40L, 20.0),
                        org.assertj.core.groups.Tuple.tuple("Post one", 30L, 10.0));
        List<PostFigures> worst = metrics.posts(week, 2, false);
        assertThat(worst).extracting(PostFigures::title).containsExactly("Post three", "Post one");
        // published 23:30 UTC on Sunday: Monday in Berlin
        assertThat(worst.get(0).publishedOn()).isEqualTo(MONDAY);
        assertThat(worst.get(0).channel()).isEqualTo("Mastodon @kpi");

        List<DailyTrend> trend = metrics.trend(week);
        assertThat(trend).hasSize(7);
        assertThat(trend.get(0)).isEqualTo(new DailyTrend(MONDAY, 1000, 50, 2, 0, 0));
        assertThat(trend.get(1)).isEqualTo(new DailyTrend(MONDAY.plusDays(1), 0, 0, 0, 1, 0));
        assertThat(trend.get(2)).isEqualTo(new DailyTrend(MONDAY.plusDays(2), 2000, 150, 0, 0, 1));
        assertThat(trend.get(3)).isEqualTo(new DailyTrend(MONDAY.plusDays(3), 0, 0, 0, 0, 1));
        assertThat(trend.get(6)).isEqualTo(new DailyTrend(MONDAY.plusDays(6), 500, 25, 0, 0, 0));
    }

    @Test
    void slaPerQueueWithTheOpenBacklog() {
        List<QueueSla> sla = metrics.sla(week);
        assertThat(sla).hasSize(3);
        // the complaint received Monday 00:30 Berlin: open and breached; last week's answered one is not counted
        assertThat(sla.get(0)).isEqualTo(new QueueSla("COMPLAINT", 1, 0, 0, null, null, 1, 1));
        assertThat(sla.get(1)).isEqualTo(new QueueSla("LEAD", 1, 1, 0, null, 45.0, 0, 0));
        // 10, 30, 120 minutes; the open question is next week's but part of today's backlog
        assertThat(sla.get(2).queue()).isEqualTo("QUESTION");
        assertThat(sla.get(2).received()).isEqualTo(3);
        assertThat(sla.get(2).withinSla()).isEqualTo(2);
        assertThat(sla.get(2).compliance()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(sla.get(2).medianFirstResponseMinutes()).isEqualTo(30.0);
        assertThat(sla.get(2).openBacklog()).isEqualTo(1);
        assertThat(sla.get(2).breachedOpen()).isZero();
    }

    @Test
    void approvalStagesFromTheEnginesHistory() {
        approvedAfterOneRejection();
        Map<String, StageCycle> stages = metrics.approvalStages(week).stream()
                .collect(Collectors.toMap(StageCycle::taskKey, Function.identity()));
        assertThat(metrics.approvalStages(week)).extracting(StageCycle::taskKey)
                .containsExactly("WriteBrief", "WriteCopy", "BrandReview");
        assertThat(stages.get("WriteBrief")).isEqualTo(new StageCycle("WriteBrief", "Write brief", 1, 1.0, 1.0, 0));
        // 3 h, then 1 h: median 2, 90th percentile 1 + 0.9 x 2
        assertThat(stages.get("WriteCopy").completed()).isEqualTo(2);
        assertThat(stages.get("WriteCopy").medianHours()).isCloseTo(2.0, within(1e-9));
        assertThat(stages.get("WriteCopy").p90Hours()).isCloseTo(2.8, within(1e-9));
        // 2 h (sent back), then 4 h
        assertThat(stages.get("BrandReview").medianHours()).isCloseTo(3.0, within(1e-9));
        assertThat(stages.get("BrandReview").rejections()).isEqualTo(1);
        assertThat(stages.get("WriteCopy").rejections()).isZero();
    }

    @Test
    void theDetailRowsAreStreamedInOrder() {
        List<InteractionRow> interactions = new ArrayList<>();
        metrics.eachInteraction(week, interactions::add);
        assertThat(interactions).extracting(InteractionRow::category).containsExactly("COMPLAINT", "QUESTION",
                "QUESTION", "QUESTION", "LEAD");
        assertThat(interactions.get(0).breached()).isTrue();
        assertThat(interactions.get(0).firstResponseAt()).isNull();
        assertThat(interactions.get(1).receivedAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(interactions.get(1).channel()).isEqualTo("Mastodon @kpi");

        List<PostDayRow> days = new ArrayList<>();
        metrics.eachPostDay(week, days::add);
        assertThat(days).extracting(PostDayRow::title, PostDayRow::day, PostDayRow::engagements).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Post three", MONDAY, 5L),
                org.assertj.core.groups.Tuple.tuple("Post one", MONDAY.plusDays(1), 10L),
                org.assertj.core.groups.Tuple.tuple("Post one", MONDAY.plusDays(2), 30L),
                org.assertj.core.groups.Tuple.tuple("Post two", MONDAY.plusDays(3), 40L));
    }

    @Test
    void analystsReadTheirBrandCopywritersAndOtherBrandsAnalystsDoNot() {
        String analyst = TestUsers.ensure(users, brands, "kpi-analyst-" + brand, Role.ANALYST, brand);
        String copywriter = TestUsers.ensure(users, brands, "kpi-copy-" + brand, Role.COPYWRITER, brand);
        String outsider = TestUsers.ensure(users, brands, "kpi-other-" + brand, Role.ANALYST, "beanleaf");
        try (var signedIn = SignedIn.as(users, analyst)) {
            assertThat(metrics.channels(week)).hasSize(2);
        }
        try (var signedIn = SignedIn.as(users, copywriter)) {
            assertThatThrownBy(() -> metrics.kpis(week)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> metrics.eachInteraction(week, row -> { }))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, outsider)) {
            assertThatThrownBy(() -> metrics.sla(week)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theDictionaryDefinesEveryKpiOfTheContract() {
        List<KpiDefinition> all = dictionary.all();
        assertThat(all).extracting(KpiDefinition::key).containsExactly("impressions", "reach", "engagements",
                "engagement_rate", "saves", "shares", "comments", "clicks", "follower_change", "leads",
                "posts_published", "interactions_received", "negative_share", "first_response_minutes",
                "sla_compliance", "approval_cycle_hours", "rejections");
        assertThat(all).allSatisfy(kpi -> {
            assertThat(kpi.name()).isNotBlank();
            assertThat(kpi.formula()).isNotBlank();
            assertThat(kpi.source()).isNotBlank();
            assertThat(kpi.whyItMatters()).isNotBlank();
            assertThat(kpi.unit()).isIn("count", "percent", "minutes", "hours");
        });
        assertThat(dictionary.get("negative_share").higherIsBetter()).isFalse();
        assertThat(dictionary.get("engagement_rate").unit()).isEqualTo("percent");
        assertThatThrownBy(() -> dictionary.get("likes")).isInstanceOf(io.engineroom.base.InvalidInput.class);
    }

    @Test
    void targetsAreSetPerBrandAndTheDemoBrandsHaveSome() {
        assertThat(targets.of("beanleaf")).containsEntry("engagement_rate", 5.0).containsKey("sla_compliance");
        try (var admin = SignedIn.as(users, "admin")) {
            targets.set(brand, "posts_published", 6);
            assertThat(targets.of(brand)).containsEntry("posts_published", 6.0)
                    .containsEntry("sla_compliance", 90.0);
            assertThatThrownBy(() -> targets.set(brand, "sla_compliance", 120))
                    .isInstanceOf(io.engineroom.base.InvalidInput.class).hasMessageContaining("between 0 and 100");
        }
        assertThat(metrics.kpis(week)).filteredOn(kpi -> kpi.kpi().equals("posts_published"))
                .extracting(KpiValue::target).containsExactly(6.0);
    }

    /**
     * One piece through the real engine: brief, copy, brand review sends it back, copy again, brand review approves.
     * Then its history is moved to Monday 2 March so the durations are known: brief 09-10, copy 10-13, review
     * 13-15 (reject), copy 15-16, review 16-20, approved 20:00 UTC.
     */
    private void approvedAfterOneRejection() {
        String manager = TestUsers.ensure(users, brands, "kpi-sm-" + brand, Role.SOCIAL_MANAGER, brand);
        String writer = TestUsers.ensure(users, brands, "kpi-cw-" + brand, Role.COPYWRITER, brand);
        String reviewer = TestUsers.ensure(users, brands, "kpi-br-" + brand, Role.BRAND_REVIEWER, brand);
        long item;
        try (var signedIn = SignedIn.as(users, manager)) {
            item = content.plan(brand, "Approval history " + brand);
        }
        work(manager, item, Map.of("title", "Approval history", "objective", "awareness", "keyMessage", "Known durations, known figures"));
        work(writer, item, Map.of("caption", "A first try at the caption"));
        work(reviewer, item, Map.of("reviewDecision", "reject", "reviewComment", "Too long for the channel, cut it down", "returnTo", "copy"));
        work(writer, item, Map.of("caption", "A second, shorter caption"));
        work(reviewer, item, Map.of("reviewDecision", "approve"));
        String instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(
                "content:" + item).singleResult().getId();
        List<String> tasks = jdbc.queryForList("select id_ from act_hi_taskinst where proc_inst_id_ = ? "
                + "order by start_time_, id_", String.class, instance);
        assertThat(tasks).hasSize(5);
        String[][] times = {{"09", "10"}, {"10", "13"}, {"13", "15"}, {"15", "16"}, {"16", "20"}};
        for (int i = 0; i < tasks.size(); i++) {
            jdbc.update("update act_hi_taskinst set start_time_ = ?, end_time_ = ? where id_ = ?",
                    at("2026-03-02T" + times[i][0] + ":00:00Z"), at("2026-03-02T" + times[i][1] + ":00:00Z"),
                    tasks.get(i));
        }
        jdbc.update("update act_hi_procinst set start_time_ = ? where id_ = ?", at("2026-03-02T09:00:00Z"), instance);
        jdbc.update("update act_hi_actinst set end_time_ = ? where proc_inst_id_ = ? and act_id_ = "
                + "'MarkContentApproved'", at("2026-03-02T20:00:00Z"), instance);
        jdbc.update("update act_hi_detail set time_ = ? where proc_inst_id_ = ?", at("2026-03-02T15:00:00Z"),
                instance);
    }

    private void work(String userId, long item, Map<String, Object> values) {
        try (var signedIn = SignedIn.as(users, userId)) {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
            try {
                inbox.complete(task.getId(), values, ZoneId.of("UTC"));
            } catch (io.engineroom.workflow.TaskActionException e) {
                throw new AssertionError(task.getTaskDefinitionKey() + ": " + e.fieldErrors(), e);
            }
        }
    }

    private long pillar(String name, int share) {
        jdbc.update("insert into content_pillar (brand_id, name, target_share) values (?, ?, ?)", brand, name, share);
        return jdbc.queryForObject("select id from content_pillar where brand_id = ? and name = ?", Long.class, brand,
                name);
    }

    private long item(String title, String state, Long pillar, String publishAt, long channel) {
        jdbc.update("insert into content_item (brand_id, title, state, pillar_id, publish_at, created_at) "
                + "values (?, ?, ?, ?, ?, ?)", brand, title, state, pillar, at(publishAt), at(publishAt));
        long id = jdbc.queryForObject("select id from content_item where brand_id = ? and title = ?", Long.class,
                brand, title);
        jdbc.update("insert into content_item_channel (content_item_id, channel_id) values (?, ?)", id, channel);
        return id;
    }

    private void postDay(long item, long channel, String day, long impressions, long engagements) {
        jdbc.update("insert into post_day_metrics (content_item_id, channel_id, brand_id, metric_day, source, "
                + "impressions, engagements, collected_at) values (?, ?, ?, ?, 'test', ?, ?, ?)", item, channel, brand,
                Date.valueOf(day), impressions, engagements, at(day + "T12:00:00Z"));
    }

    private void channelDay(long channel, String day, Long impressions, Long reach, Long engagements, Long saves,
            Long shares, Long comments, Long clicks, Long followerChange, Long leads) {
        jdbc.update("insert into channel_day_metrics (brand_id, channel_id, metric_day, source, impressions, reach, "
                + "engagements, saves, shares, comments, clicks, follower_change, leads, collected_at) "
                + "values (?, ?, ?, 'test', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", brand, channel, Date.valueOf(day),
                impressions, reach, engagements, saves, shares, comments, clicks, followerChange, leads,
                at(day + "T12:00:00Z"));
    }

    private void interaction(String category, String sentiment, String received, String answered, String due,
            String breached, String state) {
        jdbc.update("""
                insert into interaction (id, brand_id, channel_id, external_id, kind, author_handle, text, priority,
                    occurred_at, received_at, sentiment, sentiment_score, sentiment_confidence, category,
                    category_confidence, classified_by, state, first_response_due, first_response_at, breached_at)
                values (?, ?, ?, ?, 'COMMENT', '@someone', 'hello', 'NORMAL', ?, ?, ?, 0, 1, ?, 1, 'test', ?, ?, ?, ?)
                """, UUID.randomUUID().toString(), brand, toots, UUID.randomUUID().toString(), at(received),
                at(received), sentiment, category, state, at(due), at(answered), at(breached));
    }

    private static Timestamp at(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }
}
