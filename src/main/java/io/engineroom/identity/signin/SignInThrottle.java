package io.engineroom.identity.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Growing delays after failed sign-ins, instead of Camunda's lock: a lock that anyone can trigger by typing wrong
 * passwords for someone else's name locks that person out for good; a delay only slows the guesser down.
 *
 * <p>The rule, checked before any password is: an <b>account</b> gets {@value #ACCOUNT_FREE_FAILURES} failed
 * attempts in a row from anywhere, then waits 1 s, 2 s, 4 s ... (at most 15 min) after each further failure, from
 * every address, since guessing one password from many addresses must not go faster. An <b>address</b> gets
 * {@value #ADDRESS_FREE_FAILURES} failures over all accounts before the same delays apply to every sign-in from it
 * (one address trying many names); other addresses are not slowed by that. A sign-in made while a delay runs is
 * refused without checking its password and does not count. Success clears its account's count (not its
 * address's: an attacker's own account must not wipe the address's count); a count also starts over after an hour
 * without failures. Counts live in the database, so every node and a restart see them.
 */
@Service
public class SignInThrottle {

    public static final int ACCOUNT_FREE_FAILURES = 5;
    public static final int ADDRESS_FREE_FAILURES = 20;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration QUIET = Duration.ofHours(1);
    private static final String ACCOUNT = "account";
    private static final String ADDRESS = "address";
    private static final int MAX_SUBJECT = 255;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** How long a sign-in to this account from this address must still wait, if at all. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitBeforeTrying(String account, String address) {
        long now = clock.millis();
        Long until = jdbc.queryForObject("select max(blocked_until) from sign_in_throttle where blocked_until > ? "
                + "and ((subject_kind = ? and subject = ?) or (subject_kind = ? and subject = ?))", Long.class,
                now, ACCOUNT, subject(account), ADDRESS, subject(address));
        return until == null ? Optional.empty() : Optional.of(Duration.ofMillis(until - now));
    }

    /** Counts a wrong password against the account and the address. */
    public void failed(String account, String address) {
        long now = clock.millis();
        count(ACCOUNT, subject(account), ACCOUNT_FREE_FAILURES, now);
        count(ADDRESS, subject(address), ADDRESS_FREE_FAILURES, now);
        // rows of people who stopped trying: nothing to keep
        jdbc.update("delete from sign_in_throttle where last_failure_at < ? and coalesce(blocked_until, 0) < ?",
                now - QUIET.toMillis(), now);
    }

    /** The account signed in, or an admin unlocked it: its count and delay start over. */
    @Transactional
    public void succeeded(String account) {
        jdbc.update("delete from sign_in_throttle where subject_kind = ? and subject = ?", ACCOUNT, subject(account));
    }

    /** Accounts with failed sign-ins in the last hour, the most recent first. */
    @Transactional(readOnly = true)
    public List<ThrottledAccount> accounts() {
        long now = clock.millis();
        return jdbc.query("select subject, failures, last_failure_at, blocked_until from sign_in_throttle "
                + "where subject_kind = ? and (last_failure_at >= ? or blocked_until > ?) "
                + "order by last_failure_at desc", (row, i) -> {
                    long blocked = row.getLong("blocked_until");
                    return new ThrottledAccount(row.getString("subject"), row.getInt("failures"),
                            Instant.ofEpochMilli(row.getLong("last_failure_at")),
                            blocked > now ? Optional.of(Instant.ofEpochMilli(blocked)) : Optional.empty());
                }, ACCOUNT, now - QUIET.toMillis(), now);
    }

    /** One transaction per count: a row another node inserted first fails ours, and the retry then updates it. */
    private void count(String kind, String subject, int freeFailures, long now) {
        try {
            transaction.executeWithoutResult(status -> countIn(kind, subject, freeFailures, now));
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            transaction.executeWithoutResult(status -> countIn(kind, subject, freeFailures, now));
        }
    }

    private void countIn(String kind, String subject, int freeFailures, long now) {
        List<long[]> rows = jdbc.query("select failures, last_failure_at, coalesce(blocked_until, 0) "
                + "from sign_in_throttle where subject_kind = ? and subject = ? for update",
                (row, i) -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)}, kind, subject);
        if (rows.isEmpty()) {
            jdbc.update("insert into sign_in_throttle (subject_kind, subject, failures, last_failure_at, "
                    + "blocked_until) values (?, ?, 1, ?, ?)", kind, subject, now, blockedUntil(1, freeFailures, now));
            return;
        }
        long[] row = rows.get(0);
        boolean quiet = row[1] < now - QUIET.toMillis() && row[2] < now;
        int failures = quiet ? 1 : (int) Math.min(row[0] + 1, Integer.MAX_VALUE);
        jdbc.update("update sign_in_throttle set failures = ?, last_failure_at = ?, blocked_until = ? "
                + "where subject_kind = ? and subject = ?", failures, now, blockedUntil(failures, freeFailures, now),
                kind, subject);
    }

    private static Long blockedUntil(int failures, int freeFailures, long now) {
        Duration delay = delayAfter(failures, freeFailures);
        return delay.isZero() ? null : now + delay.toMillis();
    }

    /** 0 until the free failures are used up, then 1 s doubling with each failure, at most 15 min. */
    static Duration delayAfter(int failures, int freeFailures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failures - freeFailures;
        if (doublings >= 20) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String subject(String value) {
        String subject = value == null ? "" : value;
        return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    }

    /** An account with failed sign-ins; {@code blockedUntil} while it must wait. */
    public record ThrottledAccount(String userId, int failures, Instant lastFailure, Optional<Instant> blockedUntil) {
    }
}
