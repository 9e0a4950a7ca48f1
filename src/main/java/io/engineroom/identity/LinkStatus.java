package io.engineroom.identity;

/**
 * What a one-time link is, for the anonymous page that opens it: open (with whose and what for), or why not.
 *
 * @param userId  whose link, when open (the page greets them by it); null otherwise
 * @param purpose what it is for, when the token is known
 */
public record LinkStatus(State state, String userId, LinkPurpose purpose) {

    public enum State {
        OPEN, USED, EXPIRED, UNKNOWN
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
