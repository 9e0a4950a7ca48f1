package io.engineroom.listening;

import io.engineroom.inbox.CrisisSignal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a brand's own negative mentions against {@link ListeningSpikeRule#DEFAULT} after each poll. A spike raises
 * the inbox's {@link CrisisSignal} (the crisis module opens an incident from it, or joins the brand's open one),
 * exactly once: the spike stays open, and raises nothing more, until a check finds the last hour back under the
 * rule. Competitors' negative mentions are theirs, not the brand's crisis, so they are not counted.
 */
@Component
class ListeningSpikes {

    private static final Logger LOG = LoggerFactory.getLogger(ListeningSpikes.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ListeningSpikeRule rule = ListeningSpikeRule.DEFAULT;

    ListeningSpikes(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The signal is published in this transaction: the crisis module hears it once it has committed. */
    @Transactional
    public void check(String brandId) {
        // one check at a time per brand, so two polls at once cannot both raise the same spike
        jdbc.queryForList("select id from brand where id = ? for update", brandId);
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long lastHour = negatives(brandId, hourAgo, now.plusSeconds(1));
        double baseline = rule.perHour(negatives(brandId, hourAgo.minus(rule.baseline()), hourAgo));
        boolean spike = rule.isSpike(lastHour, baseline);
        List<Long> open = jdbc.queryForList("select id from listening_spike where brand_id = ? and ended_at is null",
                Long.class, brandId);
        if (!open.isEmpty()) {
            if (!spike) {
                jdbc.update("update listening_spike set ended_at = ? where id = ?", Timestamp.from(now), open.get(0));
            }
            return;
        }
        if (!spike) {
            return;
        }
        jdbc.update("insert into listening_spike (brand_id, negative_count, baseline_per_hour, raised_at)"
                + " values (?, ?, ?, ?)", brandId, lastHour, baseline, Timestamp.from(now));
        String reason = String.format(Locale.ENGLISH, "Listening: %d negative public mentions in the last hour"
                + " (usually %.1f an hour)", lastHour, baseline);
        LOG.warn("Listening spike for brand {}: {}", brandId, reason);
        events.publishEvent(new CrisisSignal(brandId, List.of(), reason, null));
    }

    private long negatives(String brandId, Instant from, Instant until) {
        Long count = jdbc.queryForObject("select count(*) from listening_mention where brand_id = ?"
                + " and competitor is null and sentiment = 'NEGATIVE' and occurred_at >= ? and occurred_at < ?",
                Long.class, brandId, Timestamp.from(from), Timestamp.from(until));
        return count == null ? 0 : count;
    }
}
