package io.engineroom.support;

import io.engineroom.identity.signin.BcryptPasswordEncryptor;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test contexts hash passwords with the application's own bcrypt scheme at cost 4 instead of 10. The suite
 * creates hundreds of people ({@link TestUsers}, the demo's users) and signs many of them in; at cost 10 every hash
 * and every check costs about 80 ms of CPU (2 ms at cost 4), which was a fifth of the test JVM's CPU in the
 * reporting tests and the largest single cost of their set-up. Stored hashes look as in production
 * ({@code {bcrypt-sha256}$2a$04$...}) and go through the same sign-in, throttle and upgrade paths; the production
 * cost itself is tested where it is set ({@code SignInEnginePluginTest}, on an engine of its own).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPasswordHashing {

    private static final Logger LOG = LoggerFactory.getLogger(TestPasswordHashing.class);

    /** bcrypt's smallest cost: 16 rounds. */
    static final int COST = 4;

    /** How many hashes and checks this context made, told when it closes: what the lower cost saved. */
    private final CountingBcrypt cheaper = new CountingBcrypt();

    @Bean
    AbstractProcessEnginePlugin cheaperPasswordHashing() {
        return new AbstractProcessEnginePlugin() {
            /**
             * After every plugin's preInit and Camunda's own set-up of the password manager, so it replaces what
             * the application chose, and only if that was the application's bcrypt (anything else fails the start).
             */
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                if (!(configuration.getPasswordEncryptor() instanceof BcryptPasswordEncryptor)) {
                    throw new IllegalStateException("Expected the application's bcrypt password hashing, found "
                            + configuration.getPasswordEncryptor());
                }
                configuration.setPasswordEncryptor(cheaper);
                configuration.setPasswordManager(new PasswordManager(cheaper,
                        configuration.getCustomPasswordChecker()));
            }
        };
    }

    @PreDestroy
    void tell() {
        LOG.info("Passwords hashed {} times and checked {} times at bcrypt cost {}", cheaper.hashes, cheaper.checks,
                COST);
    }

    private static final class CountingBcrypt extends BcryptPasswordEncryptor {

        final AtomicLong hashes = new AtomicLong();
        final AtomicLong checks = new AtomicLong();

        CountingBcrypt() {
            super(COST);
        }

        @Override
        public String encrypt(String password) {
            hashes.incrementAndGet();
            return super.encrypt(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            checks.incrementAndGet();
            return super.check(password, encrypted);
        }
    }
}
