package io.engineroom.identity.signin;

import io.engineroom.identity.IdentitySettings;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Camunda's side of signing in. Passwords are hashed with bcrypt (old SHA-512 hashes still check, and are redone
 * at the next sign-in, see UserDirectory). Camunda's own lock is switched off: after {@code loginMaxAttempts}
 * failures it locks a user until an admin unlocks them, and between failures it refuses even the right password
 * for a growing delay, both triggered by anyone who knows a user name. {@link SignInThrottle} replaces both, checked
 * before the password. Camunda's password policy (10 characters, upper and lower case, a digit, a special
 * character, not the user's name) applies outside demo mode; the demo's users keep their password {@code demo}.
 */
@Component
class SignInEnginePlugin extends AbstractProcessEnginePlugin {

    /** Camunda's default cost; about 80 ms a hash on one core, so demo start-up stays quick. */
    static final int BCRYPT_STRENGTH = 10;

    private final boolean demo;

    @Autowired
    SignInEnginePlugin(IdentitySettings settings) {
        this(settings.demo().enabled());
    }

    SignInEnginePlugin(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new BcryptPasswordEncryptor(BCRYPT_STRENGTH));
        // never reached: Camunda counts failures but never locks (the counter starts over at each right password)
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        // no delay: base 0 makes every "lock" expire the moment it is set, so the right password always works
        configuration.setLoginDelayBase(0);
        configuration.setLoginDelayMaxTime(0);
        configuration.setEnablePasswordPolicy(!demo);
    }
}
