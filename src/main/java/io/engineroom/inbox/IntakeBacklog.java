package io.engineroom.inbox;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much waits in the intake queue (table {@code intake_queue}, V56): a channel's backlog is its rows there that
 * the workers have still to classify or start (rows set aside after failing, {@code parked_at}, are counted apart:
 * they wait for an admin, not for a worker), and its age is how long the oldest of them has waited since it was
 * received. A channel whose backlog is at its bound has its deliveries refused ({@link #refusal}) until the workers
 * drain it, so a burst makes the API answer 429 rather than grow the queue, and its latency, without limit.
 *
 * <p>The bound is {@code engineroom.inbox.intake.max-backlog-per-channel} (50 000: a 20 000-interaction burst from
 * one channel passes while the workers drain it) unless an admin set the channel's own (table
 * {@code intake_backlog_bound}, V59; recorded as an {@link AdminChange}).
 *
 * <p>The refusal is asked on every delivery, so a channel's reading is kept on this node (Caffeine) and read again
 * in the background once it is older than {@link #FRESH_FOR}: one count over the channel's rows a second at most,
 * however fast it delivers, and no delivery but a channel's first on a node waits for it (at the bound, counting
 * 50 000 rows takes tens of milliseconds: {@code IntakeBacklogBenchmark}). The bound is therefore soft by what the
 * nodes accept in about a second. {@code Retry-After} is the time the channel's recent draining rate needs to
 * bring it under its bound; that rate is measured between two readings taken while the channel was refused, when
 * nothing new is accepted for it, so what left the queue is what the workers drained.
 */
@Service
public class IntakeBacklog {

    /** How long a channel's reading is used before it is read again (per node). */
    public static final Duration FRESH_FOR = Duration.ofSeconds(1);
    /** {@code Retry-After} bounds: at least a second, at most a minute (a platform retrying later is no harm). */
    public static final long MIN_RETRY_SECONDS = 1;
    public static final long MAX_RETRY_SECONDS = 60;
    /** A draining rate older than this is not trusted for an estimate. */
    static final Duration RATE_KEPT_FOR = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int defaultBound;
    private final LoadingCache<Long, Reading> readings;

    IntakeBacklog(JdbcTemplate jdbc, ChannelService channels, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock, InboxSettings settings, @Qualifier("intakeBacklogReader") Executor reader) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.defaultBound = settings.intake().maxBacklogPerChannel();
        // a stale reading is read again in the background while deliveries go on with it: only a channel's first
        // delivery on this node waits for the count (a channel at the bound has tens of thousands of rows to count)
        this.readings = Caffeine.newBuilder().refreshAfterWrite(FRESH_FOR).expireAfterAccess(Duration.ofMinutes(10))
                .executor(reader).build(new CacheLoader<Long, Reading>() {
                    @Override
                    public Reading load(Long channelId) {
                        return Reading.after(null, read(channelId), clock.instant());
                    }

                    @Override
                    public Reading reload(Long channelId, Reading previous) {
                        return Reading.after(previous, read(channelId), clock.instant());
                    }
                });
    }

    /**
     * One channel's backlog.
     *
     * @param waiting          its rows the workers have still to classify or start
     * @param oldestReceivedAt when the oldest of them was received (null when none waits)
     * @param bound            how many may wait before its deliveries are refused
     * @param ownBound         whether an admin set that bound for this channel (else it is the configured one)
     */
    public record ChannelBacklog(long channelId, long waiting, Instant oldestReceivedAt, long bound,
            boolean ownBound) {

        /** How long the oldest waiting row has waited at {@code now} (zero when none waits). */
        public Duration age(Instant now) {
            return oldestReceivedAt == null || now.isBefore(oldestReceivedAt) ? Duration.ZERO
                    : Duration.between(oldestReceivedAt, now);
        }

        public boolean full() {
            return waiting >= bound;
        }
    }

    /** A brand's backlog over all its channels (or all brands', {@code brandId} null). */
    public record BrandBacklog(String brandId, long waiting, Instant oldestReceivedAt, long parked) {

        public Duration age(Instant now) {
            return oldestReceivedAt == null || now.isBefore(oldestReceivedAt) ? Duration.ZERO
                    : Duration.between(oldestReceivedAt, now);
        }
    }

    /** A channel's line on the admins' screen: its backlog, its brand and name, and its rows set aside. */
    public record ChannelLine(ChannelSummary channel, ChannelBacklog backlog, long parked) {
    }

    /** Why a delivery is refused: the channel's backlog, and whole seconds until a retry can be taken. */
    public record Refusal(ChannelBacklog backlog, Duration age, long retryAfterSeconds) {

        /** What the refused sender is told. */
        public String detail() {
            return String.format(Locale.ROOT, "Channel %d has %d interactions waiting to be processed (its bound is "
                    + "%d; the oldest has waited %d s): nothing of this delivery was stored, deliver it again in %d s",
                    backlog.channelId(), backlog.waiting(), backlog.bound(), age.toSeconds(), retryAfterSeconds);
        }
    }

    /** The channel's backlog as this node last read it, read again when older than {@link #FRESH_FOR}. */
    public ChannelBacklog of(long channelId) {
        return reading(channelId).backlog();
    }

    /**
     * Empty when the channel may deliver; else why not and when to try again. For the delivery endpoints, before
     * they store anything, and only for a channel the sender has proven to be.
     */
    public Optional<Refusal> refusal(long channelId) {
        Reading reading = reading(channelId);
        if (!reading.backlog().full()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(new Refusal(reading.backlog(), reading.backlog().age(now), retryAfter(reading, now)));
    }

    /**
     * Every channel with a backlog, rows set aside or an own bound, fresh from the database, most waiting first: for
     * admins (it names every brand's channels).
     *
     * @throws AccessDeniedException for anyone but an admin
     */
    @Transactional(readOnly = true)
    public List<ChannelLine> channels() {
        requireAdmin();
        return lines(null);
    }

    /**
     * Every channel of the brand (nothing waiting included), fresh from the database, most waiting first: for admins,
     * to set a bound for a channel before it has a backlog.
     *
     * @throws AccessDeniedException for anyone but an admin
     */
    @Transactional(readOnly = true)
    public List<ChannelLine> channelsOf(String brandId) {
        requireAdmin();
        return lines(brandId);
    }

    private List<ChannelLine> lines(String brandId) {
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, Instant> oldest = new HashMap<>();
        String ofBrand = brandId == null ? "" : " where brand_id = ?";
        Object[] parameters = brandId == null ? new Object[0] : new Object[] {brandId};
        jdbc.query("select channel_id, count(*) - count(parked_at), count(parked_at), min(case when parked_at is null"
                + " then received_at end) from intake_queue" + ofBrand + " group by channel_id", row -> {
                    counts.put(row.getLong(1), new long[] {row.getLong(2), row.getLong(3)});
                    Timestamp at = row.getTimestamp(4);
                    oldest.put(row.getLong(1), at == null ? null : at.toInstant());
                }, parameters);
        Map<Long, Integer> bounds = new HashMap<>();
        jdbc.query("select channel_id, max_backlog from intake_backlog_bound", row -> {
            bounds.put(row.getLong(1), row.getInt(2));
        });
        List<ChannelSummary> shown = new ArrayList<>();
        if (brandId != null) {
            shown.addAll(channels.of(brandId));
        } else {
            Set<Long> ids = new TreeSet<>(counts.keySet());
            ids.addAll(bounds.keySet());
            ids.forEach(id -> channels.find(id).ifPresent(shown::add));
        }
        List<ChannelLine> lines = new ArrayList<>();
        for (ChannelSummary channel : shown) {
            long[] count = counts.getOrDefault(channel.id(), new long[2]);
            Integer own = bounds.get(channel.id());
            lines.add(new ChannelLine(channel, new ChannelBacklog(channel.id(), count[0], oldest.get(channel.id()),
                    own == null ? defaultBound : own, own != null), count[1]));
        }
        lines.sort(Comparator.comparingLong((ChannelLine line) -> line.backlog().waiting()).reversed()
                .thenComparing(line -> line.channel().brandId()).thenComparingLong(line -> line.channel().id()));
        return lines;
    }

    /**
     * Each brand's backlog, fresh from the database (brands with nothing waiting are left out). For admins.
     *
     * @throws AccessDeniedException for anyone but an admin
     */
    @Transactional(readOnly = true)
    public Map<String, BrandBacklog> brands() {
        requireAdmin();
        return byBrand();
    }

    /** Every brand's backlog together. For admins. */
    @Transactional(readOnly = true)
    public BrandBacklog total() {
        requireAdmin();
        return total(byBrand());
    }

    /**
     * Sets the channel's own bound, or (null) puts it back to the configured one; recorded as an {@link AdminChange}.
     * This node uses it at once, the others within {@link #FRESH_FOR}.
     *
     * @throws AccessDeniedException for anyone but an admin
     * @throws InvalidInput for a bound under 1
     */
    @Transactional
    public ChannelBacklog bound(long channelId, Integer maxBacklog) {
        EngineRoomUser admin = requireAdmin();
        if (maxBacklog != null && maxBacklog < 1) {
            throw new InvalidInput("maxBacklog", "A channel's backlog bound is at least 1");
        }
        ChannelSummary channel = channels.find(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        Integer before = ownBound(channelId);
        jdbc.update("delete from intake_backlog_bound where channel_id = ?", channelId);
        if (maxBacklog != null) {
            jdbc.update("insert into intake_backlog_bound (channel_id, max_backlog, set_by, set_at)"
                    + " values (?, ?, ?, ?)",
                    channelId, maxBacklog, admin.id(), Timestamp.from(clock.instant()));
        }
        if (!Objects.equals(before, maxBacklog)) {
            events.publishEvent(new AdminChange("channel", channel.label(), channel.brandId(),
                    "intake backlog bound changed", admin.id(), clock.instant(),
                    Map.of("Intake backlog bound", shown(before)), Map.of("Intake backlog bound", shown(maxBacklog))));
        }
        readings.invalidate(channelId);
        return read(channelId);
    }

    /** Every brand's backlog, read now: for the meters (no person asks), which keep it a few seconds. */
    Map<String, BrandBacklog> byBrand() {
        Map<String, BrandBacklog> byBrand = new TreeMap<>();
        jdbc.query("select brand_id, count(*) - count(parked_at), count(parked_at), min(case when parked_at is null"
                + " then received_at end) from intake_queue group by brand_id", row -> {
                    Timestamp at = row.getTimestamp(4);
                    byBrand.put(row.getString(1), new BrandBacklog(row.getString(1), row.getLong(2),
                            at == null ? null : at.toInstant(), row.getLong(3)));
                });
        return byBrand;
    }

    static BrandBacklog total(Map<String, BrandBacklog> byBrand) {
        long waiting = 0;
        long parked = 0;
        Instant oldest = null;
        for (BrandBacklog brand : byBrand.values()) {
            waiting += brand.waiting();
            parked += brand.parked();
            if (brand.oldestReceivedAt() != null && (oldest == null || brand.oldestReceivedAt().isBefore(oldest))) {
                oldest = brand.oldestReceivedAt();
            }
        }
        return new BrandBacklog(null, waiting, oldest, parked);
    }

    private String shown(Integer bound) {
        return bound == null ? String.format(Locale.ROOT, "%,d (the default)", defaultBound)
                : String.format(Locale.ROOT, "%,d", bound);
    }

    private Integer ownBound(long channelId) {
        List<Integer> own = jdbc.queryForList("select max_backlog from intake_backlog_bound where channel_id = ?",
                Integer.class, channelId);
        return own.isEmpty() ? null : own.get(0);
    }

    private EngineRoomUser requireAdmin() {
        return currentUser.requireRole(Role.ADMIN, "The intake backlog is for admins");
    }

    private Reading reading(long channelId) {
        return readings.get(channelId);
    }

    private ChannelBacklog read(long channelId) {
        // one round trip: the channel's waiting rows (over its unique (channel_id, external_id) index) and its bound
        return jdbc.queryForObject("select count(*), min(received_at), (select max_backlog from intake_backlog_bound"
                + " where channel_id = ?) from intake_queue where channel_id = ? and parked_at is null", (row, n) -> {
                    Timestamp oldest = row.getTimestamp(2);
                    int own = row.getInt(3);
                    boolean hasOwn = !row.wasNull();
                    return new ChannelBacklog(channelId, row.getLong(1), oldest == null ? null : oldest.toInstant(),
                            hasOwn ? own : defaultBound, hasOwn);
                }, channelId, channelId);
    }

    /** Seconds until the channel is under its bound at its recent draining rate, within the sane range. */
    static long retryAfter(Reading reading, Instant now) {
        long over = reading.backlog().waiting() - reading.backlog().bound() + 1;
        double rate = reading.drainPerSecond();
        if (Double.isNaN(rate) || reading.rateAt() == null || now.isAfter(reading.rateAt().plus(RATE_KEPT_FOR))) {
            // not measured yet: come back soon, the next reading measures it
            return MIN_RETRY_SECONDS;
        }
        if (rate <= 0) {
            return MAX_RETRY_SECONDS; // nothing drained: the workers are stopped or busy elsewhere
        }
        long seconds = (long) Math.ceil(over / rate);
        return Math.max(MIN_RETRY_SECONDS, Math.min(MAX_RETRY_SECONDS, seconds));
    }

    /**
     * A reading of one channel, and its draining rate in rows per second (NaN while unknown) with when it was
     * measured.
     */
    record Reading(ChannelBacklog backlog, Instant at, double drainPerSecond, Instant rateAt) {

        /**
         * The reading that follows {@code previous}. The rate is measured only between two readings of a refused
         * channel (nothing new was taken for it between them, so every row that left was drained); otherwise the
         * last measured rate is kept.
         */
        static Reading after(Reading previous, ChannelBacklog fresh, Instant now) {
            if (previous == null) {
                return new Reading(fresh, now, Double.NaN, null);
            }
            double seconds = Duration.between(previous.at(), now).toMillis() / 1000.0;
            if (previous.backlog().full() && fresh.full() && seconds > 0
                    && seconds <= RATE_KEPT_FOR.toSeconds() && previous.backlog().bound() == fresh.bound()) {
                double drained = Math.max(0, previous.backlog().waiting() - fresh.waiting());
                return new Reading(fresh, now, drained / seconds, now);
            }
            return new Reading(fresh, now, previous.drainPerSecond(), previous.rateAt());
        }
    }
}
