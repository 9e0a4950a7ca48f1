package io.engineroom.reporting;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.PostEngagement;
import io.engineroom.publishing.PublishingService;
import io.engineroom.reporting.domain.PostDayMetrics;
import io.engineroom.reporting.domain.PostDayMetricsRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each published post's figures per channel and day. Collected from the channels that offer them (the Mastodon
 * API); a channel that has none, or that cannot answer now, is logged and left without figures, never an error:
 * metrics must not stop the SOP that asks for them.
 */
@Service
public class PostMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(PostMetrics.class);

    private final PostDayMetricsRepository metrics;
    private final PublishingService publishing;
    private final BrandService brands;
    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final Clock clock;

    PostMetrics(PostDayMetricsRepository metrics, PublishingService publishing, BrandService brands,
            ChannelService channels, CurrentUser currentUser, Clock clock) {
        this.metrics = metrics;
        this.publishing = publishing;
        this.brands = brands;
        this.channels = channels;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Reads the figures of every posted channel of a content item once and stores them for today (the brand's
     * day); a second collection on the same day updates that day's row. For the SOP (the system), not for views.
     */
    @Transactional
    public MetricsCollection collect(long contentItemId) {
        List<String> lines = new ArrayList<>();
        int collected = 0;
        for (PostEngagement reading : publishing.engagement(contentItemId)) {
            String label = channels.find(reading.channelId()).map(ChannelSummary::label)
                    .orElse("channel " + reading.channelId());
            if (reading.counts().isEmpty()) {
                LOG.info("First-day metrics of content {} on {} not collected: {}", contentItemId, label,
                        reading.note());
                lines.add(label + ": not collected (" + reading.note() + ")");
                continue;
            }
            EngagementCounts counts = reading.counts().get();
            Instant now = clock.instant();
            LocalDate day = LocalDate.ofInstant(now, brands.settings(reading.brandId()).timeZone());
            PostDayMetrics row = metrics.findByContentItemIdAndChannelIdAndDayAndSource(contentItemId,
                    reading.channelId(), day, counts.source()).orElseGet(() -> new PostDayMetrics(contentItemId,
                            reading.channelId(), reading.brandId(), day, counts.source()));
            row.record(counts.impressions(), counts.reach(), counts.engagements(), counts.likes(), counts.saves(),
                    counts.shares(), counts.comments(), counts.clicks(), now);
            metrics.save(row);
            collected++;
            lines.add(label + ": " + counts.engagements() + " engagements (" + counts.source() + ", " + day + ")");
        }
        return new MetricsCollection(collected, lines);
    }

    /** A content item's figures, by channel and day; for members of its brand (and administrators). */
    @Transactional(readOnly = true)
    List<PostDayMetric> of(long contentItemId) {
        EngineRoomUser user = currentUser.require();
        List<PostDayMetrics> rows = metrics.findByContentItemIdOrderByChannelIdAscDayAscSourceAsc(contentItemId);
        rows.stream().map(PostDayMetrics::getBrandId).distinct()
                .filter(brandId -> !user.belongsTo(brandId) && !user.hasRole(Role.ADMIN)).findAny()
                .ifPresent(brandId -> {
                    throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
                });
        return rows.stream().map(row -> new PostDayMetric(row.getContentItemId(), row.getChannelId(), row.getDay(),
                row.getSource(), row.getImpressions(), row.getReach(), row.getEngagements(), row.getLikes(),
                row.getSaves(), row.getShares(), row.getComments(), row.getClicks(), row.getCollectedAt())).toList();
    }
}
