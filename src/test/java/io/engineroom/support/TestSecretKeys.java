package io.engineroom.support;

/**
 * The secret keys the integration tests' applications run with (profile postgres refuses to start without
 * {@code ENGINEROOM_SECRET_KEY}): fixed, so a test can seal a value as an older key did and see it opened and
 * sealed again. Test keys only, known to everyone who reads this file.
 */
public final class TestSecretKeys {

    /** The current key, with its own id. */
    public static final String CURRENT = "test-current:3JXSyXc9AgsAmpKlD1IUMgafm4TwOPsoN7Ugs0YI/yY=";

    /** A key rotated out: listed in ENGINEROOM_SECRET_KEYS_PREVIOUS, it only opens. */
    public static final String PREVIOUS = "test-previous:8c7VlHmqx0GVj0nnb8J0LYv9az40EcHJ4uu9Brn8v4g=";

    private TestSecretKeys() {
    }
}
