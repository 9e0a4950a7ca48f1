package io.engineroom.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets at rest (channel tokens, OAuth refresh tokens, webhook, intake and chat secrets): a database dump or backup
 * alone must not hand out the keys to a brand's accounts. Each value is sealed with AES-256-GCM under the current key
 * and stored as {@code enc:<keyId>:<base64url(iv || ciphertext+tag)>}: the key id travels with the value, so a new
 * key can take over while values sealed with an older one still open (with that key among the previous ones) until
 * they are sealed again. GCM's tag makes a changed value fail to open instead of opening to something else; the key
 * id is bound in as associated data, so relabelling a value with another key id fails the same way.
 *
 * <p>A value without the {@code enc:} prefix is a legacy plain-text value written before sealing: {@link #open}
 * returns it as it is, and {@link #needsSealing} says it is due to be sealed.
 *
 * <p>Messages of the errors name a key id, never a value.
 */
public final class SecretBox {

    /** What a sealed value starts with. */
    public static final String PREFIX = "enc:";

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Key current;
    private final Map<String, Key> keys = new LinkedHashMap<>();

    /**
     * @param current  the key that seals
     * @param previous keys that only open values sealed before {@code current} took over
     */
    public SecretBox(Key current, List<Key> previous) {
        this.current = current;
        keys.put(current.id(), current);
        for (Key key : previous) {
            Key known = keys.putIfAbsent(key.id(), key);
            if (known != null && !Arrays.equals(known.bytes, key.bytes)) {
                throw new IllegalArgumentException("Two different secret keys have the id '" + key.id() + "'");
            }
        }
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return current.id();
    }

    /** Whether a stored value is sealed (rather than legacy plain text). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** Seals a secret with the current key and a fresh random IV; null stays null. */
    public String seal(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, current, iv, plaintext.getBytes(StandardCharsets.UTF_8), 0);
        byte[] out = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return PREFIX + current.id() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /**
     * The secret in a stored value: opened with the key its id names, or a legacy plain-text value as it is; null
     * stays null.
     *
     * @throws CannotOpen when the key id is not configured, or the value was changed or is not one this box made
     */
    public String open(String value) {
        if (!isSealed(value)) {
            return value;
        }
        int colon = value.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new CannotOpen("A stored secret is not in the form enc:<keyId>:<data>");
        }
        String keyId = value.substring(PREFIX.length(), colon);
        Key key = keys.get(keyId);
        if (key == null) {
            throw new CannotOpen("A stored secret was sealed with key id '" + keyId + "', which is neither "
                    + "ENGINEROOM_SECRET_KEY (key id '" + current.id() + "') nor among "
                    + "ENGINEROOM_SECRET_KEYS_PREVIOUS: add that key there as " + keyId + ":<base64>");
        }
        byte[] data;
        try {
            data = Base64.getUrlDecoder().decode(value.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            throw new CannotOpen("A stored secret sealed with key id '" + keyId + "' is not base64url");
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw new CannotOpen("A stored secret sealed with key id '" + keyId + "' is too short to be one");
        }
        byte[] plain = crypt(Cipher.DECRYPT_MODE, key, Arrays.copyOf(data, IV_BYTES), data, IV_BYTES);
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** Whether a stored value is to be sealed (again): plain text, or sealed with a key other than the current. */
    public boolean needsSealing(String value) {
        return value != null && !value.startsWith(PREFIX + current.id() + ":");
    }

    private static byte[] crypt(int mode, Key key, byte[] iv, byte[] input, int offset) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, new SecretKeySpec(key.bytes, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(key.id().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, input.length - offset);
        } catch (AEADBadTagException changed) {
            throw new CannotOpen("A stored secret sealed with key id '" + key.id() + "' does not open: it was "
                    + "changed, or the key configured under that id is not the one that sealed it");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed with key id '" + key.id() + "'", e);
        }
    }

    /** A stored secret that cannot be opened with the keys configured; the message names the key id only. */
    public static class CannotOpen extends IllegalStateException {

        public CannotOpen(String message) {
            super(message);
        }
    }

    /**
     * An AES-256 key and its id. Its {@code toString} leaves the key out.
     *
     * @param id letters, digits, {@code .}, {@code _} or {@code -}, at most 32
     */
    public record Key(String id, byte[] bytes) {

        private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

        public Key {
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("A secret key id is 1 to 32 letters, digits, '.', '_' or '-'");
            }
            if (bytes == null || bytes.length != 32) {
                throw new IllegalArgumentException("A secret key is 32 bytes (AES-256), not "
                        + (bytes == null ? 0 : bytes.length));
            }
            bytes = bytes.clone();
        }

        /** A key whose id is the first 8 hex digits of its SHA-256: the same key always gets the same id. */
        public static Key of(byte[] bytes) {
            return new Key(HexFormat.of().formatHex(Secrets.sha256(bytes)).substring(0, 8), bytes);
        }

        /**
         * A key as configured: {@code <base64>} or {@code <keyId>:<base64>}, base64 (standard or URL-safe) of 32
         * bytes.
         *
         * @param source what the setting is called, for the message of a bad one (which never repeats the value)
         */
        public static Key parse(String spec, String source) {
            String text = spec == null ? "" : spec.strip();
            int colon = text.indexOf(':');
            String id = colon < 0 ? null : text.substring(0, colon).strip();
            String encoded = colon < 0 ? text : text.substring(colon + 1).strip();
            byte[] bytes;
            try {
                bytes = (encoded.contains("-") || encoded.contains("_") ? Base64.getUrlDecoder()
                        : Base64.getDecoder()).decode(encoded);
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException(source + " is not base64 of 32 bytes (make one with "
                        + "`openssl rand -base64 32`)");
            }
            if (bytes.length != 32) {
                throw new IllegalArgumentException(source + " is " + bytes.length + " bytes, an AES-256 key is 32 "
                        + "(make one with `openssl rand -base64 32`)");
            }
            try {
                return id == null ? of(bytes) : new Key(id, bytes);
            } catch (IllegalArgumentException badId) {
                throw new IllegalArgumentException(source + ": " + badId.getMessage());
            }
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && id.equals(key.id) && Arrays.equals(bytes, key.bytes);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }
}
