package io.engineroom.identity.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Camunda's password hash, made slow: bcrypt (Spring Security's encoder, cost 10, about 80 ms a hash) instead of
 * Camunda's one round of SHA-512, so a leaked user table costs an attacker years instead of minutes. Camunda
 * appends its own salt before hashing; bcrypt adds its own too. The salted password is first reduced to its
 * SHA-256 (44 characters in Base64) because bcrypt reads at most 72 bytes, and Spring's encoder refuses longer
 * input. Stored as {@code {bcrypt-sha256}$2a$10$...}; Camunda keeps reading its {@code {SHA-512}} and
 * {@code {SHA}} hashes itself, and {@link #isCurrent} tells which ones to upgrade.
 */
public class BcryptPasswordEncryptor implements PasswordEncryptor {

    public static final String NAME = "bcrypt-sha256";

    private final BCryptPasswordEncoder bcrypt;

    public BcryptPasswordEncryptor(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(sha256(password));
    }

    @Override
    public boolean check(String password, String encrypted) {
        return bcrypt.matches(sha256(password), encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return NAME;
    }

    /** Whether a stored hash (with Camunda's {@code {algorithm}} prefix) is this one, or older and to be redone. */
    public static boolean isCurrent(String storedHash) {
        return storedHash != null && storedHash.startsWith("{" + NAME + "}");
    }

    private static String sha256(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
