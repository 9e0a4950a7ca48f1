package io.engineroom.demo.platforms;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What the Mastodon stand-in keeps besides the statuses ({@link ReceivedPosts} holds those): the media uploaded
 * before a status names them, the {@code Idempotency-Key}s it answered (Mastodon answers a repeated key with the
 * status it made, so a retried publish is not a second post), which statuses are direct, and the accounts blocked
 * and muted. In memory and bounded, like {@link ReceivedPosts}: a demonstration that a restart starts empty.
 */
@Component
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class MastodonStandInMemory {

    /** How many of each kind of record are kept; older ones are forgotten. */
    static final int KEPT = 1000;

    /**
     * One uploaded medium (Mastodon's MediaAttachment).
     *
     * @param type Mastodon's kind of it: image, gifv, video or audio
     */
    record Upload(String id, DemoAccount account, String type, String fileName, String description, Instant at) {
    }

    /** An account the demo account blocked or muted. */
    record Relationship(DemoAccount by, String accountId, boolean blocking, boolean muting) {
    }

    private final Map<String, Upload> uploads = bounded();
    private final Map<String, String> statusByKey = bounded();
    private final Map<String, String> visibilities = bounded();
    private final Map<String, Relationship> relationships = bounded();

    synchronized void uploaded(Upload upload) {
        uploads.put(upload.id(), upload);
    }

    /** The account's upload by that id; another account's media is not found, as on Mastodon. */
    synchronized Optional<Upload> upload(DemoAccount account, String id) {
        return Optional.ofNullable(uploads.get(id)).filter(upload -> upload.account() == account);
    }

    /** The status already made for the account's idempotency key, if any. */
    synchronized Optional<String> statusFor(DemoAccount account, String idempotencyKey) {
        return idempotencyKey == null ? Optional.empty()
                : Optional.ofNullable(statusByKey.get(account.name() + " " + idempotencyKey));
    }

    synchronized void made(DemoAccount account, String idempotencyKey, String statusId, String visibility) {
        if (idempotencyKey != null) {
            statusByKey.put(account.name() + " " + idempotencyKey, statusId);
        }
        visibilities.put(statusId, visibility);
    }

    synchronized String visibility(String statusId) {
        return visibilities.getOrDefault(statusId, "public");
    }

    /** Records a block or a mute (both stay once set, as the connector only sets them) and returns the result. */
    synchronized Relationship relate(DemoAccount by, String accountId, boolean block, boolean mute) {
        Relationship before = relationships.get(by.name() + " " + accountId);
        Relationship after = new Relationship(by, accountId,
                block || (before != null && before.blocking()), mute || (before != null && before.muting()));
        relationships.put(by.name() + " " + accountId, after);
        return after;
    }

    /** The account's blocks and mutes, for a newcomer (or a test) to see that moderation reached the platform. */
    synchronized List<Relationship> relationships(DemoAccount by) {
        return relationships.values().stream().filter(relationship -> relationship.by() == by).toList();
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > KEPT;
            }
        };
    }
}
