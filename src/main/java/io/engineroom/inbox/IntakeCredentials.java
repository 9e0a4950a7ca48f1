package io.engineroom.inbox;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelCredentials;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.inbox.domain.IntakeCredential;
import io.engineroom.inbox.domain.IntakeCredentialRepository;
import io.engineroom.base.Secrets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credentials a channel delivers interactions with (POST /api/interactions): an API token and/or an HMAC
 * signing secret per channel. Issuing one replaces the previous one of its kind (rotation); the new value is
 * returned once and cannot be read again (only the token's SHA-256 is kept). For admins and the social managers of
 * the channel's brand ({@link ChannelService#requireMayManage}), never another brand's; every change is published as
 * an {@link AdminChange} that says "(issued)", "(rotated)" or "(revoked)", never the value.
 */
@Service
public class IntakeCredentials implements ChannelCredentials {

    static final String TOKEN_PREFIX = "ert_";
    static final String SECRET_PREFIX = "ers_";
    /** Shortest token or secret accepted when one is set by hand: guessing must stay hopeless. */
    public static final int MIN_LENGTH = 24;

    private final IntakeCredentialRepository credentials;
    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeCredentials(IntakeCredentialRepository credentials, ChannelService channels, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.credentials = credentials;
        this.channels = channels;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A new random API token for the channel, replacing its previous one. Shown this once. */
    @Override
    @Transactional
    public String issueToken(long channelId) {
        String token = Secrets.random(TOKEN_PREFIX);
        useToken(channelId, token);
        return token;
    }

    /** A new random HMAC signing secret for the channel, replacing its previous one. */
    @Override
    @Transactional
    public String issueSigningSecret(long channelId) {
        String secret = Secrets.random(SECRET_PREFIX);
        useSigningSecret(channelId, secret);
        return secret;
    }

    /** A token chosen elsewhere (moving a channel from another system, the demo's known tokens). */
    @Transactional
    public void useToken(long channelId, String token) {
        ChannelSummary channel = managedChannel(channelId);
        requireLongEnough("token", token);
        String hash = Secrets.sha256Hex(token);
        // a token on its own tells which channel delivers, so no two channels share one
        if (credentials.findByTokenHash(hash).stream().anyMatch(other -> other.getChannelId() != channelId)) {
            throw new InvalidInput("token", "Another channel has this token: choose another one");
        }
        IntakeCredential credential = credentialOf(channelId);
        boolean rotated = credential.getTokenHash() != null;
        credential.useTokenHash(hash, clock.instant());
        publish(channel, rotated ? "intake token rotated" : "intake token issued", "API token",
                rotated ? "(rotated)" : "(issued)");
    }

    @Transactional
    public void useSigningSecret(long channelId, String secret) {
        ChannelSummary channel = managedChannel(channelId);
        requireLongEnough("signingSecret", secret);
        IntakeCredential credential = credentialOf(channelId);
        boolean rotated = credential.getSigningSecret() != null;
        credential.useSigningSecret(secret, clock.instant());
        publish(channel, rotated ? "intake signing secret rotated" : "intake signing secret issued", "Signing secret",
                rotated ? "(rotated)" : "(issued)");
    }

    /** The channel can no longer deliver until it gets a new credential. */
    @Override
    @Transactional
    public void revoke(long channelId) {
        ChannelSummary channel = managedChannel(channelId);
        if (credentials.existsById(channelId)) {
            credentials.deleteById(channelId);
            publish(channel, "intake credentials revoked", "API token and signing secret", "(revoked)");
        }
    }

    /** What the channel has (never the values). */
    @Transactional(readOnly = true)
    public Status status(long channelId) {
        managedChannel(channelId);
        Optional<IntakeCredential> credential = credentials.findById(channelId);
        return new Status(credential.map(c -> c.getTokenHash() != null).orElse(false),
                credential.map(c -> c.getSigningSecret() != null).orElse(false));
    }

    @Override
    @Transactional(readOnly = true)
    public CredentialStatus credentialStatus(long channelId) {
        managedChannel(channelId);
        return credentials.findById(channelId).map(c -> new CredentialStatus(c.getTokenHash() != null,
                c.getSigningSecret() != null, c.getLastUsedAt())).orElse(new CredentialStatus(false, false, null));
    }

    /** Whether the channel delivers with this token or this signing secret: known values to retire (the demo's). */
    @Transactional(readOnly = true)
    public boolean uses(long channelId, String token, String signingSecret) {
        managedChannel(channelId);
        Optional<IntakeCredential> credential = credentials.findById(channelId);
        return credential.map(c -> Secrets.sha256Hex(token).equals(c.getTokenHash())
                || signingSecret.equals(c.getSigningSecret())).orElse(false);
    }

    public record Status(boolean token, boolean signingSecret) {
    }

    private IntakeCredential credentialOf(long channelId) {
        return credentials.findById(channelId)
                .orElseGet(() -> credentials.save(new IntakeCredential(channelId, clock.instant())));
    }

    /** The channel, once the signed-in person is known to manage its brand (an unknown one is not found). */
    private ChannelSummary managedChannel(long channelId) {
        currentUser.require();
        ChannelSummary channel = channels.find(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        channels.requireMayManage(channel.brandId());
        return channel;
    }

    private void publish(ChannelSummary channel, String action, String field, String shown) {
        events.publishEvent(new AdminChange("credential", channel.label(), channel.brandId(), action,
                currentUser.require().id(), clock.instant(), Map.of(), Map.of(field, shown)));
    }

    private static void requireLongEnough(String field, String value) {
        if (value == null || value.strip().length() < MIN_LENGTH || value.length() > 200) {
            throw new InvalidInput(field, "A " + field + " has " + MIN_LENGTH + " to 200 characters");
        }
    }
}
