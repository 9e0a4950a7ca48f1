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
 * <p>The rule, checked before any password is. Wrong passwords are counted per account, per client address and
 * per account from one address. Each count is free up to a limit, then every further failure makes the next try
 * wait 1 s, 2 s, 4 s ... (at most 15 min): an account {@value #ACCOUNT_FREE_FAILURES} failures from anywhere (so
 * guessing one password from many addresses goes no faster), an address {@value #ADDRESS_FREE_FAILURES} over all
 * accounts (one address trying many names), an account from one address {@value #ACCOUNT_FREE_FAILURES}. A
 * sign-in from an address where the account signed in within {@value #KNOWN_DAYS} days waits only for its own
 * account-and-address count: an attacker elsewhere slows down new places, never the owner's usual ones. A sign-in
 * made while a delay runs is refused without checking its password and does not count. Success clears its
 * account's counts (not its address's: an attacker's own account must not wipe what the address did), and a count
 * starts over after an hour without failures.
 */
@Service
public class SignInThrottle {

    public static final int ACCOUNT_FREE_FAILURES = 5;
    public static final int ADDRESS_FREE_FAILURES = 20;
    static final int KNOWN_DAYS = 30;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration QUIET = Duration.ofHours(1);
    private static final String ANY = "";

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
        String who = account(account);
        String where = address(address);
        long now = clock.millis();
        Long until = known(who, where, now)
                ? jdbc.queryForObject("select max(blocked_until) from sign_in_failure where blocked_until > ? "
                        + "and account = ? and address = ?", Long.class, now, who, where)
                : jdbc.queryForObject("select max(blocked_until) from sign_in_failure where blocked_until > ? "
                        + "and ((account = ? and address in (?, ?)) or (account = ? and address = ?))", Long.class,
                        now, who, ANY, where, ANY, where);
        return until == null ? Optional.empty() : Optional.of(Duration.ofMillis(until - now));
    }

    /** Counts a wrong password against the account, the address and the two together. */
    public void failed(String account, String address) {
        String who = account(account);
        String where = address(address);
        long now = clock.millis();
        count(who, ANY, ACCOUNT_FREE_FAILURES, now);
        count(ANY, where, ADDRESS_FREE_FAILURES, now);
        count(who, where, ACCOUNT_FREE_FAILURES, now);
        // counts of people who stopped trying: nothing to keep
        jdbc.update("delete from sign_in_failure where last_failure_at < ? and coalesce(blocked_until, 0) < ?",
                now - QUIET.toMillis(), now);
    }

    /** The account signed in from this address: its counts start over, and the address is one of its own. */
    public void succeeded(String account, String address) {
        String who = account(account);
        String where = address(address);
        long now = clock.millis();
        clear(who);
        Runnable remember = () -> {
            if (jdbc.update("update sign_in_known_address set last_success_at = ? where account = ? and address = ?",
                    now, who, where) == 0) {
                jdbc.update("insert into sign_in_known_address (account, address, last_success_at) values (?, ?, ?)",
                        who, where, now);
            }
        };
        try {
            transaction.executeWithoutResult(status -> remember.run());
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            transaction.executeWithoutResult(status -> remember.run());
        }
        jdbc.update("delete from sign_in_known_address where last_success_at < ?",
                now - Duration.ofDays(KNOWN_DAYS).toMillis());
    }

    /** Clears every count and delay of the account (an admin's unlock). */
    @Transactional
    public void clear(String account) {
        String who = account(account);
        if (!who.isEmpty()) {
            jdbc.update("delete from sign_in_failure where account = ?", who);
        }
    }

    /** Accounts with failed sign-ins in the last hour, the most recent first. */
    @Transactional(readOnly = true)
    public List<ThrottledAccount> accounts() {
        long now = clock.millis();
        return jdbc.query("select account, failures, last_failure_at, blocked_until from sign_in_failure "
                + "where address = ? and account <> ? and (last_failure_at >= ? or blocked_until > ?) "
                + "order by last_failure_at desc", (row, i) -> {
                    long blocked = row.getLong("blocked_until");
                    return new ThrottledAccount(row.getString("account"), row.getInt("failures"),
                            Instant.ofEpochMilli(row.getLong("last_failure_at")),
                            blocked > now ? Optional.of(Instant.ofEpochMilli(blocked)) : Optional.empty());
                }, ANY, ANY, now - QUIET.toMillis(), now);
    }

    private boolean known(String account, String address, long now) {
        Integer known = jdbc.queryForObject("select count(*) from sign_in_known_address where account = ? "
                + "and address = ? and last_success_at >= ?", Integer.class, account, address,
                now - Duration.ofDays(KNOWN_DAYS).toMillis());
        return known != null && known > 0;
    }

    /** One transaction per count: a row another node inserted first fails ours, and the retry then updates it. */
    private void count(String account, String address, int freeFailures, long now) {
        try {
            transaction.executeWithoutResult(status -> countIn(account, address, freeFailures, now));
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            transaction.executeWithoutResult(status -> countIn(account, address, freeFailures, now));
        }
    }

    private void countIn(String account, String address, int freeFailures, long now) {
        List<long[]> rows = jdbc.query("select failures, last_failure_at, coalesce(blocked_until, 0) "
                + "from sign_in_failure where account = ? and address = ? for update",
                (row, i) -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)}, account, address);
        if (rows.isEmpty()) {
            jdbc.update("insert into sign_in_failure (account, address, failures, last_failure_at, blocked_until) "
                    + "values (?, ?, 1, ?, ?)", account, address, now, blockedUntil(1, freeFailures, now));
            return;
        }
        long[] row = rows.get(0);
        boolean quiet = row[1] < now - QUIET.toMillis() && row[2] < now;
        int failures = quiet ? 1 : (int) Math.min(row[0] + 1, Integer.MAX_VALUE);
        jdbc.update("update sign_in_failure set failures = ?, last_failure_at = ?, blocked_until = ? "
                + "where account = ? and address = ?", failures, now, blockedUntil(failures, freeFailures, now),
                account, address);
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

    private static String account(String value) {
        return truncated(value, 255);
    }

    private static String address(String value) {
        // never '' (that means "any address"): a sign-in without a known address counts as one of its own
        return value == null || value.isBlank() ? "unknown" : truncated(value, 64);
    }

    private static String truncated(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** An account with failed sign-ins; {@code blockedUntil} while it must wait. */
    public record ThrottledAccount(String userId, int failures, Instant lastFailure, Optional<Instant> blockedUntil) {
    }
}
