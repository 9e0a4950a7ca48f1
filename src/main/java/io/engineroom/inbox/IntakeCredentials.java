package io.engineroom.inbox;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.Role;
import io.engineroom.inbox.domain.IntakeCredential;
import io.engineroom.inbox.domain.IntakeCredentialRepository;
import io.engineroom.inbox.domain.Secrets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credentials a channel delivers interactions with (POST /api/interactions): an API token and/or an HMAC
 * signing secret per channel. Issuing one replaces the previous one of its kind (rotation); the new value is
 * returned once and cannot be read again (only the token's SHA-256 is kept). Administrators only.
 */
@Service
public class IntakeCredentials {

    static final String TOKEN_PREFIX = "ert_";
    static final String SECRET_PREFIX = "ers_";
    /** Shortest token or secret accepted when one is set by hand: guessing must stay hopeless. */
    public static final int MIN_LENGTH = 24;

    private final IntakeCredentialRepository credentials;
    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final Clock clock;

    IntakeCredentials(IntakeCredentialRepository credentials, ChannelService channels, CurrentUser currentUser,
            Clock clock) {
        this.credentials = credentials;
        this.channels = channels;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new random API token for the channel, replacing its previous one. Shown this once. */
    @Transactional
    public String issueToken(long channelId) {
        String token = Secrets.random(TOKEN_PREFIX);
        useToken(channelId, token);
        return token;
    }

    /** A new random HMAC signing secret for the channel, replacing its previous one. */
    @Transactional
    public String issueSigningSecret(long channelId) {
        String secret = Secrets.random(SECRET_PREFIX);
        useSigningSecret(channelId, secret);
        return secret;
    }

    /** A token chosen elsewhere (moving a channel from another system, the demo's known tokens). */
    @Transactional
    public void useToken(long channelId, String token) {
        requireAdmin();
        requireLongEnough("token", token);
        String hash = Secrets.sha256Hex(token);
        // a token on its own tells which channel delivers, so no two channels share one
        if (credentials.findByTokenHash(hash).stream().anyMatch(other -> other.getChannelId() != channelId)) {
            throw new InvalidInput("token", "Another channel has this token: choose another one");
        }
        credentialOf(channelId).useTokenHash(hash, clock.instant());
    }

    @Transactional
    public void useSigningSecret(long channelId, String secret) {
        requireAdmin();
        requireLongEnough("signingSecret", secret);
        credentialOf(channelId).useSigningSecret(secret, clock.instant());
    }

    /** The channel can no longer deliver until it gets a new credential. */
    @Transactional
    public void revoke(long channelId) {
        requireAdmin();
        credentials.deleteById(channelId);
    }

    /** What the channel has (never the values). */
    @Transactional(readOnly = true)
    public Status status(long channelId) {
        requireAdmin();
        Optional<IntakeCredential> credential = credentials.findById(channelId);
        return new Status(credential.map(c -> c.getTokenHash() != null).orElse(false),
                credential.map(c -> c.getSigningSecret() != null).orElse(false));
    }

    /** Whether the channel delivers with this token or this signing secret: known values to retire (the demo's). */
    @Transactional(readOnly = true)
    public boolean uses(long channelId, String token, String signingSecret) {
        requireAdmin();
        Optional<IntakeCredential> credential = credentials.findById(channelId);
        return credential.map(c -> Secrets.sha256Hex(token).equals(c.getTokenHash())
                || signingSecret.equals(c.getSigningSecret())).orElse(false);
    }

    public record Status(boolean token, boolean signingSecret) {
    }

    private IntakeCredential credentialOf(long channelId) {
        requireAdmin();
        if (channels.find(channelId).isEmpty()) {
            throw new NotFound("channel", "No channel " + channelId);
        }
        return credentials.findById(channelId)
                .orElseGet(() -> credentials.save(new IntakeCredential(channelId, clock.instant())));
    }

    private static void requireLongEnough(String field, String value) {
        if (value == null || value.strip().length() < MIN_LENGTH || value.length() > 200) {
            throw new InvalidInput(field, "A " + field + " has " + MIN_LENGTH + " to 200 characters");
        }
    }

    private void requireAdmin() {
        if (!currentUser.require().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator manages intake credentials");
        }
    }
}
