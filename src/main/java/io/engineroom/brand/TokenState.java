package io.engineroom.brand;

/** Whether a channel's platform account can still be used. */
public enum TokenState {
    /** The platform takes the token (or has not refused it yet). */
    ACTIVE,
    /** The platform refused the token or its refresh: revoked, expired for good, or the app's access withdrawn. */
    REFUSED
}
