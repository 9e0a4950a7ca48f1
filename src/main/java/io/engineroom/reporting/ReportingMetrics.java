package io.engineroom.reporting;

import io.engineroom.brand.Platform;
import io.engineroom.influencer.CampaignFigures;
import io.engineroom.influencer.InfluencerCampaigns;
import io.engineroom.listening.ListeningFigures;
import io.engineroom.listening.ListeningReport;
import io.engineroom.reporting.ReportFigures.ChannelFigures;
import io.engineroom.reporting.ReportFigures.DailyTrend;
import io.engineroom.reporting.ReportFigures.InteractionRow;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.PostDayRow;
import io.engineroom.reporting.ReportFigures.PostFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A brand's figures for a reporting period, read with plain SQL from the tables the other modules and Camunda's
 * history keep. Period days are the brand's calendar days in its time zone. Where the source has no figure the
 * value is null, not zero: "not measured" must not read as "nothing happened".
 *
 * <p>Figures and where they come from: channel figures are the sum of {@code channel_day_metrics} (imported CSV
 * exports, Mastodon's daily collection); a post's figures are its latest running totals in
 * {@code post_day_metrics} up to the period's end; the SLA queue of an interaction is its category (the SLA policy
 * gives each category its queue); approval figures come from the history of {@code content-approval}.
 */
@Service
public class ReportingMetrics {

    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    /** Reads rows in pages of {@value #FETCH_SIZE} instead of all at once (PostgreSQL: inside a transaction). */
    private final JdbcTemplate streaming;
    private final ReportingAccess access;
    private final ApprovalHistory approvals;
    /** Other modules' figures; absent only in the report benchmark's slice context, which has no JPA. */
    private final ObjectProvider<ListeningFigures> listening;
    private final ObjectProvider<InfluencerCampaigns> campaigns;

    ReportingMetrics(JdbcTemplate jdbc, DataSource dataSource, ReportingAccess access, ApprovalHistory approvals,
            ObjectProvider<ListeningFigures> listening, ObjectProvider<InfluencerCampaigns> campaigns) {
        this.approvals = approvals;
        this.listening = listening;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.access = access;
    }

    /** Every KPI of the dictionary: this period's value, the previous period's and the brand's target. */
    @Transactional(readOnly = true)
    public List<KpiValue> kpis(ReportPeriod period) {
        access.checkRead(period.brandId());
        Map<String, Double> now = kpiFigures(period);
        Map<String, Double> before = kpiFigures(period.previous());
        Map<String, Double> targets = new HashMap<>();
        jdbc.query("select kpi_key, target from kpi_target where brand_id = ?",
                rs -> {
                    targets.put(rs.getString(1), rs.getDouble(2));
                }, period.brandId());
        return jdbc.queryForList("select kpi_key from kpi_definition order by sort_order", String.class).stream()
                .map(key -> new KpiValue(key, now.get(key), before.get(key), targets.get(key))).toList();
    }

    /** Each channel of the brand with its posts and summed day figures in the period. */
    @Transactional(readOnly = true)
    public List<ChannelFigures> channels(ReportPeriod period) {
        access.checkRead(period.brandId());
        PeriodWindow window = window(period);
        return jdbc.query("""
                select c.id, c.platform, c.handle,
                       (select count(*) from content_item_channel cic join content_item ci on ci.id = cic.content_item_id
                         where cic.channel_id = c.id and ci.state = 'PUBLISHED'
                           and ci.publish_at >= ? and ci.publish_at < ?) as posts,
                       sum(m.impressions) impressions, sum(m.reach) reach, sum(m.engagements) engagements,
                       sum(m.saves) saves, sum(m.shares) shares, sum(m.comments) comments, sum(m.clicks) clicks,
                       sum(m.follower_change) follower_change, sum(m.leads) leads
                  from channel c
                  left join channel_day_metrics m on m.channel_id = c.id and m.metric_day >= ? and m.metric_day < ?
                 where c.brand_id = ?
                 group by c.id, c.platform, c.handle
                 order by c.id""",
                (rs, n) -> new ChannelFigures(rs.getLong("id"), label(rs), rs.getString("platform"),
                        rs.getLong("posts"), rs.getLong("impressions"), rs.getLong("reach"), rs.getLong("engagements"),
                        rs.getLong("saves"), rs.getLong("shares"), rs.getLong("comments"), rs.getLong("clicks"),
                        rs.getLong("follower_change"), rs.getLong("leads")),
                window.from(), window.until(), Date.valueOf(period.start()), Date.valueOf(period.end()),
                period.brandId());
    }

    /** Each pillar's share of the period's published posts against its target; posts without one as "No pillar". */
    @Transactional(readOnly = true)
    public List<PillarFigures> pillars(ReportPeriod period) {
        access.checkRead(period.brandId());
        PeriodWindow window = window(period);
        Map<Long, Long> engagementsByItem = new HashMap<>();
        postFigures(period).forEach(post -> engagementsByItem.merge(post.contentItemId(), post.engagements(),
                Long::sum));
        record Counted(long id, String name, Integer target, long posts, long engagements) {
        }
        List<Counted> counted = new ArrayList<>();
        Map<Long, long[]> byPillar = new LinkedHashMap<>();
        jdbc.query("""
                select ci.id, ci.pillar_id from content_item ci
                 where ci.brand_id = ? and ci.state = 'PUBLISHED' and ci.publish_at >= ? and ci.publish_at < ?""",
                rs -> {
                    long pillar = rs.getLong("pillar_id");
                    long[] sums = byPillar.computeIfAbsent(pillar, p -> new long[2]);
                    sums[0]++;
                    sums[1] += engagementsByItem.getOrDefault(rs.getLong("id"), 0L);
                }, period.brandId(), window.from(), window.until());
        jdbc.query("select id, name, target_share from content_pillar where brand_id = ? order by id", rs -> {
            long[] sums = byPillar.getOrDefault(rs.getLong("id"), new long[2]);
            counted.add(new Counted(rs.getLong("id"), rs.getString("name"), rs.getInt("target_share"), sums[0],
                    sums[1]));
        }, period.brandId());
        long[] none = byPillar.get(0L);
        if (none != null) {
            counted.add(new Counted(0, "No pillar", null, none[0], none[1]));
        }
        long total = counted.stream().mapToLong(Counted::posts).sum();
        return counted.stream().map(c -> new PillarFigures(c.id(), c.name(), c.posts(),
                total == 0 ? 0 : 100.0 * c.posts() / total, c.target() == null ? null : c.target().doubleValue(),
                c.engagements())).toList();
    }

    /** First response and SLA per queue for the interactions received in the period; backlog as of now. */
    @Transactional(readOnly = true)
    public List<QueueSla> sla(ReportPeriod period) {
        access.checkRead(period.brandId());
        Map<String, SlaSample> samples = slaSamples(period);
        samples.remove(SlaSample.ALL);
        Map<String, long[]> backlog = new HashMap<>();
        jdbc.query("""
                select category, count(*) open_count, count(breached_at) breached
                  from interaction where brand_id = ? and state = 'OPEN' group by category""",
                rs -> {
                    backlog.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, period.brandId());
        backlog.keySet().forEach(queue -> samples.computeIfAbsent(queue, SlaSample::new));
        return samples.values().stream().sorted(Comparator.comparing(SlaSample::queue)).map(sample -> {
            long[] open = backlog.getOrDefault(sample.queue(), new long[2]);
            return new QueueSla(sample.queue(), sample.received(), sample.answered(), sample.withinSla(),
                    sample.compliance(), sample.medianMinutes(), open[0], open[1]);
        }).toList();
    }

    /** How long approval tasks completed in the period took, per stage, and how often each stage sent work back. */
    @Transactional(readOnly = true)
    public List<StageCycle> approvalStages(ReportPeriod period) {
        access.checkRead(period.brandId());
        return approvals.stages(period.brandId(), window(period));
    }

    /** The period's published posts per channel, best (or worst) first by engagements; only posts with figures. */
    @Transactional(readOnly = true)
    public List<PostFigures> posts(ReportPeriod period, int limit, boolean best) {
        access.checkRead(period.brandId());
        Comparator<PostFigures> order = Comparator.comparingLong(PostFigures::engagements)
                .thenComparingLong(PostFigures::impressions);
        return postFigures(period).stream().sorted(best ? order.reversed() : order).limit(limit).toList();
    }

    /** Every day of the period: channel impressions and engagements, and the sentiment of interactions received. */
    @Transactional(readOnly = true)
    public List<DailyTrend> trend(ReportPeriod period) {
        access.checkRead(period.brandId());
        PeriodWindow window = window(period);
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
            days.put(day, new long[5]);
        }
        jdbc.query("""
                select metric_day, sum(impressions), sum(engagements) from channel_day_metrics
                 where brand_id = ? and metric_day >= ? and metric_day < ? group by metric_day""",
                rs -> {
                    long[] day = days.get(rs.getDate(1).toLocalDate());
                    day[0] = rs.getLong(2);
                    day[1] = rs.getLong(3);
                }, period.brandId(), Date.valueOf(period.start()), Date.valueOf(period.end()));
        streaming.query("""
                select received_at, sentiment from interaction
                 where brand_id = ? and received_at >= ? and received_at < ?""",
                rs -> {
                    long[] day = days.get(window.dayOf(rs.getTimestamp(1).toInstant()));
                    switch (rs.getString(2)) {
                        case "NEGATIVE" -> day[2]++;
                        case "POSITIVE" -> day[4]++;
                        default -> day[3]++;
                    }
                }, period.brandId(), window.from(), window.until());
        return days.entrySet().stream().map(e -> new DailyTrend(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList();
    }

    /** Each interaction received in the period, oldest first, read a page at a time (never all in memory). */
    @Transactional(readOnly = true)
    public void eachInteraction(ReportPeriod period, Consumer<InteractionRow> row) {
        access.checkRead(period.brandId());
        PeriodWindow window = window(period);
        streaming.query("""
                select i.id, c.platform, c.handle, i.kind, i.category, i.sentiment, i.priority, i.received_at,
                       i.first_response_at, i.first_response_due, i.breached_at, i.state
                  from interaction i join channel c on c.id = i.channel_id
                 where i.brand_id = ? and i.received_at >= ? and i.received_at < ?
                 order by i.received_at, i.id""",
                rs -> {
                    row.accept(new InteractionRow(rs.getString("id"), label(rs), rs.getString("kind"),
                            rs.getString("category"), rs.getString("sentiment"), rs.getString("priority"),
                            instant(rs.getTimestamp("received_at")), instant(rs.getTimestamp("first_response_at")),
                            instant(rs.getTimestamp("first_response_due")), rs.getTimestamp("breached_at") != null,
                            rs.getString("state")));
                }, period.brandId(), window.from(), window.until());
    }

    /** Each post-channel-day figure row of the period, by day, read a page at a time. */
    @Transactional(readOnly = true)
    public void eachPostDay(ReportPeriod period, Consumer<PostDayRow> row) {
        access.checkRead(period.brandId());
        streaming.query("""
                select m.content_item_id, ci.title, c.platform, c.handle, m.metric_day, m.impressions, m.reach,
                       m.engagements, m.saves, m.shares, m.comments, m.clicks
                  from post_day_metrics m
                  join content_item ci on ci.id = m.content_item_id
                  join channel c on c.id = m.channel_id
                 where m.brand_id = ? and m.metric_day >= ? and m.metric_day < ?
                 order by m.metric_day, m.content_item_id, m.channel_id, m.source""",
                rs -> {
                    row.accept(new PostDayRow(rs.getLong("content_item_id"), rs.getString("title"), label(rs),
                            rs.getDate("metric_day").toLocalDate(), rs.getLong("impressions"), rs.getLong("reach"),
                            rs.getLong("engagements"), rs.getLong("saves"), rs.getLong("shares"),
                            rs.getLong("comments"), rs.getLong("clicks")));
                }, period.brandId(), Date.valueOf(period.start()), Date.valueOf(period.end()));
    }

    private Map<String, Double> kpiFigures(ReportPeriod period) {
        PeriodWindow window = window(period);
        Map<String, Double> figures = new HashMap<>();
        jdbc.query("""
                select sum(impressions) impressions, sum(reach) reach, sum(engagements) engagements,
                       sum(saves) saves, sum(shares) shares, sum(comments) comments, sum(clicks) clicks,
                       sum(follower_change) follower_change, sum(leads) leads
                  from channel_day_metrics where brand_id = ? and metric_day >= ? and metric_day < ?""",
                rs -> {
                    for (String key : List.of("impressions", "reach", "engagements", "saves", "shares", "comments",
                            "clicks", "follower_change", "leads")) {
                        long value = rs.getLong(key);
                        figures.put(key, rs.wasNull() ? null : (double) value);
                    }
                }, period.brandId(), Date.valueOf(period.start()), Date.valueOf(period.end()));
        Double impressions = figures.get("impressions");
        Double engagements = figures.get("engagements");
        figures.put("engagement_rate", impressions == null || impressions == 0 || engagements == null ? null
                : 100.0 * engagements / impressions);
        figures.put("posts_published", jdbc.queryForObject("""
                select count(*) from content_item
                 where brand_id = ? and state = 'PUBLISHED' and publish_at >= ? and publish_at < ?""",
                Long.class, period.brandId(), window.from(), window.until()).doubleValue());
        Map<String, SlaSample> sla = slaSamples(period);
        SlaSample all = sla.get(SlaSample.ALL);
        long salesLeads = sla.containsKey("LEAD") ? sla.get("LEAD").received() : 0;
        // the inbox's sales leads count as leads even where no platform reported any
        figures.merge("leads", (double) salesLeads, Double::sum);
        figures.put("interactions_received", (double) all.received());
        figures.put("negative_share", all.received() == 0 ? null : 100.0 * all.negative() / all.received());
        figures.put("first_response_minutes", all.medianMinutes());
        figures.put("sla_compliance", all.compliance());
        figures.put("approval_cycle_hours", approvals.medianCycleHours(period.brandId(), window));
        figures.put("rejections", (double) approvals.rejectionsByStage(period.brandId(), window).values().stream()
                .mapToLong(Long::longValue).sum());
        return figures;
    }

    /** One pass over the period's interactions: per queue (category) and for all of them together. */
    private Map<String, SlaSample> slaSamples(ReportPeriod period) {
        PeriodWindow window = window(period);
        Map<String, SlaSample> samples = new HashMap<>();
        SlaSample all = new SlaSample(SlaSample.ALL);
        samples.put(SlaSample.ALL, all);
        streaming.query("""
                select category, sentiment, received_at, first_response_at, first_response_due from interaction
                 where brand_id = ? and received_at >= ? and received_at < ?""",
                rs -> {
                    SlaSample queue = samples.computeIfAbsent(rs.getString(1), SlaSample::new);
                    boolean negative = "NEGATIVE".equals(rs.getString(2));
                    Instant received = instant(rs.getTimestamp(3));
                    Instant answered = instant(rs.getTimestamp(4));
                    Instant due = instant(rs.getTimestamp(5));
                    queue.add(negative, received, answered, due);
                    all.add(negative, received, answered, due);
                }, period.brandId(), window.from(), window.until());
        return samples;
    }

    /**
     * The period's published posts, one per channel, with their latest figures up to the period's end (post day
     * figures are running totals: the last one is the post's total). Where two sources measured the same post, the
     * most recent reading counts.
     */
    private List<PostFigures> postFigures(ReportPeriod period) {
        PeriodWindow window = window(period);
        record Key(long item, long channel) {
        }
        Map<Key, PostFigures> latest = new LinkedHashMap<>();
        jdbc.query("""
                select ci.id, ci.title, ci.publish_at, c.platform, c.handle, c.id channel_id,
                       m.impressions, m.engagements
                  from content_item ci
                  join post_day_metrics m on m.content_item_id = ci.id
                  join channel c on c.id = m.channel_id
                 where ci.brand_id = ? and ci.state = 'PUBLISHED' and ci.publish_at >= ? and ci.publish_at < ?
                   and m.metric_day < ?
                 order by m.metric_day, m.collected_at""",
                rs -> {
                    long impressions = rs.getLong("impressions");
                    Double rate = rs.wasNull() || impressions == 0 ? null
                            : 100.0 * rs.getLong("engagements") / impressions;
                    latest.put(new Key(rs.getLong("id"), rs.getLong("channel_id")), new PostFigures(rs.getLong("id"),
                            rs.getString("title"), label(rs), window.dayOf(rs.getTimestamp("publish_at").toInstant()),
                            impressions, rs.getLong("engagements"), rate));
                }, period.brandId(), window.from(), window.until(), Date.valueOf(period.end()));
        return List.copyOf(latest.values());
    }

    /** Share of voice and the brand's own mentions' sentiment per day, from the listening module. */
    @Transactional(readOnly = true)
    public ListeningReport listening(ReportPeriod period) {
        access.checkRead(period.brandId());
        PeriodWindow window = window(period);
        ListeningFigures figures = listening.getIfAvailable();
        return figures == null ? new ListeningReport(List.of(), List.of())
                : figures.figures(period.brandId(), period.start(), period.end(), window.zone());
    }

    /** The influencer campaigns whose performance review was recorded in the period, from the influencer module. */
    @Transactional(readOnly = true)
    public List<CampaignFigures> influencerCampaigns(ReportPeriod period) {
        access.checkRead(period.brandId());
        PeriodWindow window = window(period);
        InfluencerCampaigns source = campaigns.getIfAvailable();
        return source == null ? List.of() : source.figures(period.brandId(), window.from().toInstant(),
                window.until().toInstant());
    }

    private PeriodWindow window(ReportPeriod period) {
        String zone = jdbc.query("select time_zone from brand where id = ?", (rs, n) -> rs.getString(1),
                period.brandId()).stream().findFirst().orElse("UTC");
        return new PeriodWindow(ZoneId.of(zone), period.start(), period.end());
    }

    private static String label(ResultSet rs) throws SQLException {
        String platform = rs.getString("platform");
        String name;
        try {
            name = Platform.valueOf(platform).displayName();
        } catch (IllegalArgumentException unknown) {
            name = platform;
        }
        return name + " " + rs.getString("handle");
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
