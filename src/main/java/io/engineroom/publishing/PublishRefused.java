package io.engineroom.publishing;

/**
 * A publish that was not sent, because sending it could post twice (an earlier attempt's outcome is unknown) or
 * must not happen now (the brand is frozen). Nothing reached the channel.
 */
public class PublishRefused extends RuntimeException {

    private final String idempotencyKey;

    public PublishRefused(String idempotencyKey, String message) {
        super(message);
        this.idempotencyKey = idempotencyKey;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
