package io.engineroom.inbox.web;

import io.engineroom.inbox.domain.IntakeCredential;
import io.engineroom.inbox.domain.IntakeCredentialRepository;
import io.engineroom.base.Secrets;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells which channel a delivery comes from, from the headers and the raw body only: the JSON is parsed after
 * this has answered, so an unauthenticated request never reaches the parser. {@code Authorization: Bearer <token>}
 * names its channel by itself (looked up by the token's SHA-256); a signature, {@code X-EngineRoom-Timestamp} +
 * {@code X-EngineRoom-Signature: sha256=<hex>} (the HMAC-SHA256 of {@code "<timestamp>.<raw body>"} with the
 * channel's signing secret), needs the channel named in {@code X-EngineRoom-Channel}. When a token and a
 * signature are both sent, both must hold for the same channel. Every refusal says the same to an unknown
 * channel as to a wrong credential, so the answer does not tell which channel ids exist; comparisons take the
 * same time however much of a value matches.
 *
 * <p>A signature is good for one delivery: a used one is refused with 401 like a forged one, because it no
 * longer proves the sender (as a used nonce in OAuth 1.0 or HTTP Digest). A sender signs each attempt anew;
 * retrying a delivery with a fresh signature is safe because intake is idempotent per (channel, external id).
 * The used signatures are kept in the database, so the check holds across the nodes of a cluster.
 */
@Component
class ChannelAuthentication {

    static final String CHANNEL_HEADER = "X-EngineRoom-Channel";
    static final String TIMESTAMP_HEADER = "X-EngineRoom-Timestamp";
    static final String SIGNATURE_HEADER = "X-EngineRoom-Signature";
    static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);
    private static final String REFUSED = "Missing or wrong credentials for channel ";
    /** Compared against when no channel has the token, so an unknown token takes as long as a known one. */
    private static final byte[] NO_TOKEN = new byte[32];

    private final IntakeCredentialRepository credentials;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChannelAuthentication(IntakeCredentialRepository credentials, JdbcTemplate jdbc, Clock clock) {
        this.credentials = credentials;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a request presents: its credentials and the channel it names outside the body, each as sent. */
    record Presented(String authorization, String channel, String timestamp, String signature) {

        static Presented of(HttpServletRequest request) {
            return new Presented(request.getHeader(HttpHeaders.AUTHORIZATION), request.getHeader(CHANNEL_HEADER),
                    request.getHeader(TIMESTAMP_HEADER), request.getHeader(SIGNATURE_HEADER));
        }

        boolean bearer() {
            return authorization != null && !authorization.isBlank();
        }

        boolean signed() {
            return timestamp != null || signature != null;
        }
    }

    /**
     * The channel the headers speak for, before the body is read: a token is checked in full here, a signature's
     * timestamp too (its HMAC needs the body: {@link #requireSignature}).
     *
     * @throws ApiProblem 401 unless the headers name a channel and hold its token or a timely signature
     */
    long channelOf(Presented presented) {
        if (!presented.bearer() && !presented.signed()) {
            throw ApiProblem.unauthorized("Send 'Authorization: Bearer <token>' or a signature (" + CHANNEL_HEADER
                    + ", " + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + ")");
        }
        Long named = namedChannel(presented.channel());
        if (presented.signed()) {
            requireTimely(presented.timestamp());
        }
        if (presented.bearer()) {
            return channelOfToken(presented.authorization(), named);
        }
        if (named == null) {
            throw ApiProblem.unauthorized("A signed delivery names its channel in " + CHANNEL_HEADER
                    + " (the channel's id), so the signature can be checked before the body is read");
        }
        return named;
    }

    /**
     * The second half of authentication, once the body is read: a signed request's HMAC over the raw bytes (its
     * timestamp was checked by {@link #channelOf}, which runs first).
     *
     * @throws ApiProblem 401 when the request is signed and the signature is not the channel's over this body
     */
    void requireSignature(long channelId, Presented presented, byte[] body) {
        if (!presented.signed()) {
            return;
        }
        Optional<IntakeCredential> credential = credentials.findById(channelId);
        byte[] presentedHmac = parseSignature(presented.signature());
        String secret = credential.map(IntakeCredential::getSigningSecret).orElse(null);
        byte[] expected = hmac(secret == null ? "no secret: never matches a 32-byte HMAC" : secret,
                presented.timestamp(), body);
        if (!(MessageDigest.isEqual(presentedHmac, expected) & secret != null)) {
            throw ApiProblem.unauthorized(REFUSED + channelId);
        }
        remember(channelId, HexFormat.of().formatHex(presentedHmac), clock.instant());
    }

    private static Long namedChannel(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (!value.matches("[1-9]\\d{0,17}")) {
            throw ApiProblem.unauthorized(CHANNEL_HEADER + " must be the channel's id, a positive whole number");
        }
        return Long.parseLong(value);
    }

    /** The channel of the token (the named one if a channel is named), or 401. */
    private long channelOfToken(String authorization, Long named) {
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        byte[] presented = Secrets.sha256(token.getBytes(StandardCharsets.UTF_8));
        String hash = HexFormat.of().formatHex(presented);
        List<IntakeCredential> holders = token.isEmpty() ? List.of() : credentials.findByTokenHash(hash);
        Optional<IntakeCredential> holder = holders.stream()
                .filter(credential -> named == null ? holders.size() == 1 : credential.getChannelId() == named)
                .findFirst();
        String known = holder.map(IntakeCredential::getTokenHash).orElse(null);
        byte[] expected = known == null ? NO_TOKEN : HexFormat.of().parseHex(known);
        // found by its hash, compared again in constant time: the lookup is not what decides
        if (!(MessageDigest.isEqual(presented, expected) & known != null)) {
            throw ApiProblem.unauthorized(named != null ? REFUSED + named
                    : "Unknown or revoked token: send the channel's current token");
        }
        return holder.get().getChannelId();
    }

    private void requireTimely(String timestamp) {
        Instant signedAt = parseTimestamp(timestamp);
        Instant now = clock.instant();
        if (signedAt == null || Duration.between(signedAt, now).abs().compareTo(REPLAY_WINDOW) > 0) {
            throw ApiProblem.unauthorized(TIMESTAMP_HEADER + " must be the unix time in seconds of signing, within "
                    + REPLAY_WINDOW.toMinutes() + " minutes of now (" + now.getEpochSecond() + ")");
        }
    }

    /** Records the signature as used; a second use, at the same time on another node included, is refused. */
    private void remember(long channelId, String signature, Instant now) {
        jdbc.update("delete from intake_signature_seen where seen_at < ?",
                java.sql.Timestamp.from(now.minus(REPLAY_WINDOW.multipliedBy(2))));
        try {
            jdbc.update("insert into intake_signature_seen (signature, channel_id, seen_at) values (?, ?, ?)",
                    signature, channelId, java.sql.Timestamp.from(now));
        } catch (DuplicateKeyException used) {
            throw ApiProblem.unauthorized("This signature was used already: sign each delivery, retries included, "
                    + "with a new timestamp (a retried interaction is recognised by its externalId)");
        }
    }

    private static Instant parseTimestamp(String timestamp) {
        if (timestamp == null || !timestamp.strip().matches("\\d{1,12}")) {
            return null;
        }
        return Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
    }

    /** The HMAC the header carries, or 32 zero bytes when it is malformed (then it cannot match either). */
    private static byte[] parseSignature(String signature) {
        String value = signature == null ? "" : signature.strip();
        if (value.startsWith("sha256=") && value.length() == 7 + 64 && value.substring(7).matches("[0-9a-fA-F]+")) {
            return HexFormat.of().parseHex(value.substring(7));
        }
        return new byte[32];
    }

    static byte[] hmac(String secret, String timestamp, byte[] body) {
        return Secrets.timestampedHmac(secret, timestamp, body);
    }
}
