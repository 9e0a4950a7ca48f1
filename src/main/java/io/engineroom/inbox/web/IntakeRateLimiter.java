package io.engineroom.inbox.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.engineroom.inbox.web.IntakeRateLimitSettings.Limit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/**
 * The interactions API's rate limits: a Bucket4j token bucket per client address, taken before anything else
 * (so failed authentications count), and one per channel, taken once the channel is authenticated (so nobody
 * can spend another channel's allowance). An empty bucket answers 429 with the seconds until the next request
 * fits.
 *
 * <p>The buckets live in this node's memory (a Caffeine cache bounded in size; a bucket unused until it would
 * be full again is dropped, which loses nothing): behind a load balancer each node allows the configured rate.
 * The address is {@link jakarta.servlet.http.HttpServletRequest#getRemoteAddr()}, which names the proxy's
 * client only when {@code server.forward-headers-strategy} says to trust the proxy's headers.
 */
@Component
class IntakeRateLimiter {

    private final IntakeRateLimitSettings settings;
    private final TimeMeter time;
    /** Limits set for single channels or addresses: the configured ones, and those set while running. */
    private final Map<Long, Limit> channelLimits;
    private final Map<String, Limit> addressLimits;
    private final Cache<Long, Tracked> channels;
    private final Cache<String, Tracked> addresses;

    IntakeRateLimiter(IntakeRateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTime(clock);
        this.channelLimits = new ConcurrentHashMap<>(settings.channels());
        this.addressLimits = new ConcurrentHashMap<>();
        settings.addresses().forEach((address, limit) -> addressLimits.put(addressKey(address), limit));
        this.channels = cache(settings.trackedKeys());
        this.addresses = cache(settings.trackedKeys());
    }

    /** @throws ApiProblem 429 when the client's address has sent more than its limit */
    void requireAddress(String remoteAddress) {
        String key = addressKey(remoteAddress);
        Limit limit = addressLimits.getOrDefault(key, settings.perAddress());
        take(addresses.get(key, k -> track(limit)), seconds -> "This address sent more than its limit of "
                + limit.describe() + ": try again in " + seconds + " s");
    }

    /** @throws ApiProblem 429 when the (authenticated) channel has delivered more than its limit */
    void requireChannel(long channelId) {
        Limit limit = channelLimits.getOrDefault(channelId, settings.perChannel());
        take(channels.get(channelId, k -> track(limit)), seconds -> "Channel " + channelId + " delivered more than its limit of "
                + limit.describe() + ": send the rest in " + seconds + " s (larger batches need fewer requests)");
    }

    /** A channel's own limit from now on, starting with a full bucket. */
    void limitChannel(long channelId, Limit limit) {
        channelLimits.put(channelId, limit);
        channels.invalidate(channelId);
    }

    /** An address's own limit from now on, starting with a full bucket. */
    void limitAddress(String address, Limit limit) {
        String key = addressKey(address);
        addressLimits.put(key, limit);
        addresses.invalidate(key);
    }

    private static void take(Tracked tracked, LongFunction<String> refusal) {
        ConsumptionProbe probe = tracked.bucket().tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            // Retry-After counts whole seconds: rounded up, so a client that waits that long is let in
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw ApiProblem.tooManyRequests(refusal.apply(seconds), seconds);
        }
    }

    private Tracked track(Limit limit) {
        Bucket bucket = Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.requests(), limit.per()))
                .withCustomTimePrecision(time).build();
        return new Tracked(bucket, limit.refillTime().toNanos());
    }

    /**
     * The address a bucket is kept for: an IPv4 address as it is, an IPv6 address by its /64 (a host is usually
     * given a whole /64, so counting single addresses would let it take a new one for every request).
     */
    static String addressKey(String address) {
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            // getRemoteAddr() always gives a literal address; anything else is kept as it came
            return String.valueOf(address);
        }
    }

    /** A bucket and how long it may go unused before it is full again and can be dropped. */
    private record Tracked(Bucket bucket, long idleNanos) {
    }

    private static <K> Cache<K, Tracked> cache(int maximumSize) {
        return Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(new Expiry<K, Tracked>() {
            @Override
            public long expireAfterCreate(K key, Tracked tracked, long currentTime) {
                return tracked.idleNanos();
            }

            @Override
            public long expireAfterUpdate(K key, Tracked tracked, long currentTime, long currentDuration) {
                return tracked.idleNanos();
            }

            @Override
            public long expireAfterRead(K key, Tracked tracked, long currentTime, long currentDuration) {
                return tracked.idleNanos();
            }
        }).build();
    }

    /** Bucket4j's time from the application's clock, like every other "now" in Engine Room. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
