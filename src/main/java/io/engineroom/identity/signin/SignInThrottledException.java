package io.engineroom.identity.signin;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because its account or address must still wait after failed attempts; its password was not
 * checked. The login page and HTTP Basic's answer say how long to wait.
 */
public class SignInThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many attempts, try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least 1. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
