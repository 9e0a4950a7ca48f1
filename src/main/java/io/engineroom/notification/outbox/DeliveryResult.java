package io.engineroom.notification.outbox;

/**
 * What one attempt came to.
 *
 * @param sent      delivered
 * @param permanent failed in a way no retry mends (no address, a target that answers 4xx): dead at once
 * @param status    the target's status code, when it answered over HTTP
 * @param response  the start of what the target answered, for the delivery log
 * @param error     why it failed; null when sent
 */
public record DeliveryResult(boolean sent, boolean permanent, Integer status, String response, String error) {

    public static DeliveryResult delivered(Integer status, String response) {
        return new DeliveryResult(true, false, status, response, null);
    }

    /** Failed for now: the worker retries with backoff until the attempts are used up. */
    public static DeliveryResult retry(String error, Integer status, String response) {
        return new DeliveryResult(false, false, status, response, error);
    }

    /** Failed for good. */
    public static DeliveryResult refused(String error, Integer status, String response) {
        return new DeliveryResult(false, true, status, response, error);
    }
}
