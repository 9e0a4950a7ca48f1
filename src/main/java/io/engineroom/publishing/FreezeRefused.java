package io.engineroom.publishing;

/** A freeze or release that does not fit the brand's current state (frozen already, or not frozen). */
public class FreezeRefused extends RuntimeException {

    public FreezeRefused(String message) {
        super(message);
    }
}
