package io.engineroom.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Watches new interactions for a negative spike: when a brand gets its threshold of negative interactions within its
 * window, a {@link CrisisSignal} goes out (the crisis SOP starts from it once it exists). One alert per spike: no
 * second alert for the same brand while the window of the last one is still open.
 */
@Service
public class SpikeDetector {

    private static final Logger LOG = LoggerFactory.getLogger(SpikeDetector.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpikeDetector(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SpikeSettings settings(String brandId) {
        List<SpikeSettings> found = jdbc.query(
                "select spike_threshold, spike_window_minutes from inbox_settings where brand_id = ?",
                (row, i) -> new SpikeSettings(row.getInt(1), Duration.ofMinutes(row.getInt(2))), brandId);
        return found.isEmpty() ? SpikeSettings.DEFAULT : found.get(0);
    }

    @Transactional
    public void configure(String brandId, SpikeSettings settings) {
        if (jdbc.update("update inbox_settings set spike_threshold = ?, spike_window_minutes = ? where brand_id = ?",
                settings.threshold(), settings.window().toMinutes(), brandId) == 0) {
            jdbc.update("insert into inbox_settings (brand_id, spike_threshold, spike_window_minutes) values (?, ?, ?)",
                    brandId, settings.threshold(), settings.window().toMinutes());
        }
    }

    /** After the interactions are committed, on their own transaction: a failure here never loses an interaction. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onReceived(InteractionsReceived received) {
        if (received.interactions().stream().noneMatch(one -> one.sentiment() == Sentiment.NEGATIVE)) {
            return;
        }
        String brandId = received.brandId();
        // one check at a time per brand, so two deliveries at once cannot both raise the same spike
        jdbc.queryForList("select id from brand where id = ? for update", brandId);
        SpikeSettings settings = settings(brandId);
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(settings.window()));
        Integer alreadyRaised = jdbc.queryForObject(
                "select count(*) from spike_alert where brand_id = ? and raised_at >= ?", Integer.class, brandId, since);
        if (alreadyRaised != null && alreadyRaised > 0) {
            return;
        }
        List<String> negative = jdbc.queryForList("select id from interaction where brand_id = ? and sentiment = ?"
                + " and received_at >= ? order by received_at", String.class, brandId, Sentiment.NEGATIVE.name(), since);
        int negatives = negative.size();
        if (negatives < settings.threshold()) {
            return;
        }
        jdbc.update("insert into spike_alert (brand_id, negative_count, window_minutes, raised_at) values (?, ?, ?, ?)",
                brandId, negatives, settings.window().toMinutes(), Timestamp.from(now));
        String reason = negatives + " negative interactions within " + settings.window().toMinutes() + " minutes";
        LOG.warn("Negative spike for brand {}: {}", brandId, reason);
        events.publishEvent(new CrisisSignal(brandId, negative, reason, null));
    }
}
