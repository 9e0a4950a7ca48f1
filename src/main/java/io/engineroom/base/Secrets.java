package io.engineroom.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Making and hashing secrets: intake tokens and signing secrets, webhook secrets, invitation and reset links, the
 * passwords nobody knows of invited and single sign-on accounts. One source of randomness, one hash and one HMAC for
 * all: inbound deliveries are checked and outbound webhook calls signed by the same {@link #timestampedHmac}.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 32 random bytes, URL-safe Base64 with a prefix that says what it is (so a leaked one is recognisable). */
    public static String random(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256Hex(String value) {
        return HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The HMAC-SHA256 of {@code parts} one after the other, keyed by the secret's UTF-8 bytes. */
    public static byte[] hmacSha256(String secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /**
     * Engine Room's delivery signature, both ways: the HMAC-SHA256 of {@code "<timestamp>.<raw body>"}, sent as
     * {@code X-EngineRoom-Signature: sha256=<hex>} beside {@code X-EngineRoom-Timestamp}.
     */
    public static byte[] timestampedHmac(String secret, String timestamp, byte[] body) {
        return hmacSha256(secret, (timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8), body);
    }

    public static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
