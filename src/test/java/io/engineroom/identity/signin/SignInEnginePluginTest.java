package io.engineroom.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Camunda's side of signing in, on a bare in-memory engine with Engine Room's plugin: bcrypt hashes, no lock after
 * any number of wrong passwords, and the password policy outside demo mode only.
 */
class SignInEnginePluginTest {

    private static final String STRONG = "Correct-Horse-42";

    // one engine per mode for the whole class: building one takes seconds
    static ProcessEngine demoEngine;
    static ProcessEngine liveEngine;

    @BeforeAll
    static void engines() {
        demoEngine = engine(true);
        liveEngine = engine(false);
    }

    @AfterAll
    static void close() {
        demoEngine.close();
        liveEngine.close();
    }

    @Test
    void aWeakPasswordIsRefusedOutsideDemoMode() {
        IdentityService identity = liveEngine.getIdentityService();

        assertThatThrownBy(() -> identity.saveUser(user(identity, "ada", "demo")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("policy");
        assertThatThrownBy(() -> identity.saveUser(user(identity, "ada", "password1234")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(identity.createUserQuery().userId("ada").count()).isZero();

        identity.saveUser(user(identity, "ada", STRONG));

        assertThat(identity.checkPassword("ada", STRONG)).isTrue();
    }

    @Test
    void theDemoPasswordIsAcceptedInDemoMode() {
        IdentityService identity = demoEngine.getIdentityService();

        identity.saveUser(user(identity, "demoAda", "demo"));

        assertThat(identity.checkPassword("demoAda", "demo")).isTrue();
    }

    @Test
    void aNewPasswordIsStoredAsABcryptHash() {
        IdentityService identity = demoEngine.getIdentityService();
        identity.saveUser(user(identity, "bcryptAda", STRONG));

        String stored = ((UserEntity) identity.createUserQuery().userId("bcryptAda").singleResult()).getPassword();

        assertThat(stored).startsWith("{bcrypt-sha256}$2a$10$");
        assertThat(BcryptPasswordEncryptor.isCurrent(stored)).isTrue();
        assertThat(identity.checkPassword("bcryptAda", STRONG + "x")).isFalse();
    }

    @Test
    void manyWrongPasswordsNeverLockTheUserNorDelayTheRightOne() {
        IdentityService identity = demoEngine.getIdentityService();
        identity.saveUser(user(identity, "lockedAda", STRONG));

        for (int i = 0; i < 25; i++) {
            assertThat(identity.checkPassword("lockedAda", "wrong-" + i)).isFalse();
        }

        // straight after the 25th failure: neither Camunda's lock (10 by default) nor its delay holds it back
        assertThat(identity.checkPassword("lockedAda", STRONG)).isTrue();
    }

    @Test
    void aLongPasswordIsHashedWhole() {
        IdentityService identity = demoEngine.getIdentityService();
        String longPassword = "x".repeat(100);
        identity.saveUser(user(identity, "longAda", longPassword));

        assertThat(identity.checkPassword("longAda", longPassword)).isTrue();
        // bcrypt alone reads 72 bytes: these differ only after that
        assertThat(identity.checkPassword("longAda", "x".repeat(99) + "y")).isFalse();
    }

    private static ProcessEngine engine(boolean demo) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:sign-in-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("sign-in-" + System.nanoTime());
        configuration.setJobExecutorActivate(false);
        List<ProcessEnginePlugin> plugins = new ArrayList<>(List.of(new SignInEnginePlugin(demo)));
        configuration.setProcessEnginePlugins(plugins);
        return configuration.buildProcessEngine();
    }

    private static User user(IdentityService identity, String id, String password) {
        User user = identity.newUser(id);
        user.setFirstName("Ada");
        user.setLastName("Lovelace");
        user.setPassword(password);
        return user;
    }
}
