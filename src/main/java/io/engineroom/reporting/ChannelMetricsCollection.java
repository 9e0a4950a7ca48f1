package io.engineroom.reporting;

import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.identity.CurrentUser;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.PostEngagement;
import io.engineroom.publishing.PublishingService;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A brand's daily channel figures from the channels with an API (Mastodon): the follower change (followers now
 * against the count stored with the day before) and the engagement of the day's posts (favourites, boosts and
 * replies as the API reports them at collection). Collecting a day again replaces its row. A channel that cannot
 * answer is left without figures and said so, never an error: the cadence's daily snapshot calls this.
 */
@Service
public class ChannelMetricsCollection {

    static final String SOURCE = "mastodon-api";

    private final JdbcTemplate jdbc;
    private final ChannelService channels;
    private final PublishingService publishing;
    private final ReportingAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChannelMetricsCollection(JdbcTemplate jdbc, ChannelService channels, PublishingService publishing,
            ReportingAccess access, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.publishing = publishing;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Collects {@code day}'s figures (the brand's calendar day) of every Mastodon channel of the brand. For process
     * steps (nobody signed in) and for the brand's analysts, social media managers and administrators.
     */
    @Transactional
    public MetricsCollection collectDaily(String brandId, LocalDate day) {
        if (currentUser.find().isPresent()) {
            access.checkImport(brandId);
        }
        ZoneId zone = ZoneId.of(jdbc.queryForObject("select time_zone from brand where id = ?", String.class,
                brandId));
        PeriodWindow window = new PeriodWindow(zone, day, day.plusDays(1));
        List<String> lines = new ArrayList<>();
        int collected = 0;
        for (ChannelSummary channel : channels.enabledOf(brandId)) {
            if (channel.connector() != Connector.MASTODON) {
                continue;
            }
            Optional<Long> followers = publishing.followers(channel.id());
            if (followers.isEmpty()) {
                lines.add(channel.label() + ": not collected (the follower count could not be read)");
                continue;
            }
            Long before = jdbc.query("""
                    select followers from channel_day_metrics
                     where channel_id = ? and source = ? and metric_day < ? and followers is not null
                     order by metric_day desc""", (rs, n) -> rs.getLong(1), channel.id(), SOURCE,
                    Date.valueOf(day)).stream().findFirst().orElse(null);
            Long change = before == null ? null : followers.get() - before;
            long[] engagement = engagementOfPosts(channel.id(), window);
            jdbc.update("delete from channel_day_metrics where channel_id = ? and metric_day = ? and source = ?",
                    channel.id(), Date.valueOf(day), SOURCE);
            jdbc.update("""
                    insert into channel_day_metrics (brand_id, channel_id, metric_day, source, engagements, shares,
                        comments, follower_change, followers, collected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    brandId, channel.id(), Date.valueOf(day), SOURCE, engagement[0], engagement[1], engagement[2],
                    change, followers.get(), Timestamp.from(clock.instant()));
            collected++;
            lines.add(channel.label() + ": " + engagement[0] + " engagements, followers " + followers.get()
                    + (change == null ? " (first count)" : " (" + (change >= 0 ? "+" : "") + change + ")"));
        }
        return new MetricsCollection(collected, lines);
    }

    /** Engagements, shares and comments of the posts that went out on the channel that day, as read now. */
    private long[] engagementOfPosts(long channelId, PeriodWindow window) {
        List<Long> items = jdbc.queryForList("""
                select distinct content_item_id from publication_attempt
                 where channel_id = ? and outcome = 'PUBLISHED' and finished_at >= ? and finished_at < ?""",
                Long.class, channelId, window.from(), window.until());
        long[] sums = new long[3];
        for (long item : items) {
            for (PostEngagement reading : publishing.engagement(item)) {
                if (reading.channelId() != channelId || reading.counts().isEmpty()) {
                    continue;
                }
                EngagementCounts counts = reading.counts().get();
                sums[0] += counts.engagements() == null ? 0 : counts.engagements();
                sums[1] += counts.shares() == null ? 0 : counts.shares();
                sums[2] += counts.comments() == null ? 0 : counts.comments();
            }
        }
        return sums;
    }
}
