package io.engineroom.inbox;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandPolicyAccess;
import io.engineroom.identity.EngineRoomUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final BrandPolicyAccess access;

    SpikeDetector(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, BrandPolicyAccess access) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public SpikeSettings settings(String brandId) {
        List<SpikeSettings> found = jdbc.query(
                "select spike_threshold, spike_window_minutes from inbox_settings where brand_id = ?",
                (row, i) -> new SpikeSettings(row.getInt(1), Duration.ofMinutes(row.getInt(2))), brandId);
        return found.isEmpty() ? SpikeSettings.DEFAULT : found.get(0);
    }

    /** Sets the brand's spike rule: an admin or a social media manager of the brand; recorded as an AdminChange. */
    @Transactional
    public void configure(String brandId, SpikeSettings settings) {
        EngineRoomUser user = access.require(brandId);
        SpikeSettings before = settings(brandId);
        if (jdbc.update("update inbox_settings set spike_threshold = ?, spike_window_minutes = ? where brand_id = ?",
                settings.threshold(), settings.window().toMinutes(), brandId) == 0) {
            jdbc.update("insert into inbox_settings (brand_id, spike_threshold, spike_window_minutes) values (?, ?, ?)",
                    brandId, settings.threshold(), settings.window().toMinutes());
        }
        events.publishEvent(new AdminChange("policy", "Negative spike", brandId, "spike rule changed", user.id(),
                clock.instant(), shown(before), shown(settings)));
    }

    /**
     * The same from a form's numbers: a threshold or window out of range is refused by field ({@code threshold},
     * {@code windowMinutes}) and nothing is saved.
     */
    @Transactional
    public SpikeSettings configure(String brandId, Integer threshold, Integer windowMinutes) {
        access.require(brandId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (threshold == null || threshold < SpikeSettings.MIN_THRESHOLD || threshold > SpikeSettings.MAX_THRESHOLD) {
            problems.put("threshold", "A spike is " + SpikeSettings.MIN_THRESHOLD + " to 10 000 negative interactions");
        }
        if (windowMinutes == null || windowMinutes < 1 || windowMinutes > SpikeSettings.MAX_WINDOW.toMinutes()) {
            problems.put("windowMinutes", "The window is 1 minute to " + SpikeSettings.MAX_WINDOW.toHours() + " hours ("
                    + SpikeSettings.MAX_WINDOW.toMinutes() + " minutes)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        SpikeSettings settings = new SpikeSettings(threshold, Duration.ofMinutes(windowMinutes));
        configure(brandId, settings);
        return settings;
    }

    private static Map<String, String> shown(SpikeSettings settings) {
        return Map.of("Negative interactions", String.valueOf(settings.threshold()),
                "Within (minutes)", String.valueOf(settings.window().toMinutes()));
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
