package io.engineroom.inbox.web;

import io.engineroom.inbox.domain.IntakeCredential;
import io.engineroom.inbox.domain.IntakeCredentialRepository;
import io.engineroom.inbox.domain.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks that a delivery comes from the channel it names: {@code Authorization: Bearer <token>} matching the
 * channel's token, or {@code X-EngineRoom-Timestamp} + {@code X-EngineRoom-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of {@code "<timestamp>.<raw body>"} with the channel's signing secret. When both are sent, both must
 * hold. Every refusal says the same to an unknown channel as to a wrong credential, so the answer does not tell
 * which channel ids exist; comparisons take the same time however much of a value matches.
 *
 * <p>A signature is good for one delivery: a used one is refused with 401 like a forged one, because it no
 * longer proves the sender (as a used nonce in OAuth 1.0 or HTTP Digest). A sender signs each attempt anew;
 * retrying a delivery with a fresh signature is safe because intake is idempotent per (channel, external id).
 * The used signatures are kept in the database, so the check holds across the nodes of a cluster.
 */
@Component
class ChannelAuthentication {

    static final String TIMESTAMP_HEADER = "X-EngineRoom-Timestamp";
    static final String SIGNATURE_HEADER = "X-EngineRoom-Signature";
    static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);
    private static final String REFUSED = "Missing or wrong credentials for channel ";
    /** Compared against when a channel has no token, so an unknown channel takes as long as a wrong token. */
    private static final byte[] NO_TOKEN = new byte[32];

    private final IntakeCredentialRepository credentials;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChannelAuthentication(IntakeCredentialRepository credentials, JdbcTemplate jdbc, Clock clock) {
        this.credentials = credentials;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws ApiProblem 401 unless the request speaks for the channel */
    void require(long channelId, String authorization, String timestamp, String signature, byte[] body) {
        boolean bearer = authorization != null && !authorization.isBlank();
        boolean signed = timestamp != null || signature != null;
        if (!bearer && !signed) {
            throw ApiProblem.unauthorized("Send 'Authorization: Bearer <token>' or a signature ("
                    + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + ")");
        }
        Optional<IntakeCredential> credential = credentials.findById(channelId);
        if (bearer && !tokenMatches(credential, authorization)) {
            throw ApiProblem.unauthorized(REFUSED + channelId);
        }
        if (signed) {
            requireSignature(channelId, credential, timestamp, signature, body);
        }
    }

    private static boolean tokenMatches(Optional<IntakeCredential> credential, String authorization) {
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        byte[] presented = Secrets.sha256(token.getBytes(StandardCharsets.UTF_8));
        String known = credential.map(IntakeCredential::getTokenHash).orElse(null);
        byte[] expected = known == null ? NO_TOKEN : HexFormat.of().parseHex(known);
        // evaluated in full either way: no early exit that would time differently
        return MessageDigest.isEqual(presented, expected) & known != null & !token.isEmpty();
    }

    private void requireSignature(long channelId, Optional<IntakeCredential> credential, String timestamp,
            String signature, byte[] body) {
        Instant signedAt = parseTimestamp(timestamp);
        Instant now = clock.instant();
        if (signedAt == null || Duration.between(signedAt, now).abs().compareTo(REPLAY_WINDOW) > 0) {
            throw ApiProblem.unauthorized(TIMESTAMP_HEADER + " must be the unix time in seconds of signing, within "
                    + REPLAY_WINDOW.toMinutes() + " minutes of now (" + now.getEpochSecond() + ")");
        }
        byte[] presented = parseSignature(signature);
        String secret = credential.map(IntakeCredential::getSigningSecret).orElse(null);
        byte[] expected = hmac(secret == null ? "no secret: never matches a 32-byte HMAC" : secret, timestamp, body);
        if (!(MessageDigest.isEqual(presented, expected) & secret != null)) {
            throw ApiProblem.unauthorized(REFUSED + channelId);
        }
        remember(channelId, HexFormat.of().formatHex(presented), now);
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
