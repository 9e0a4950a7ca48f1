package io.engineroom.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first administrator outside demo mode: a weak ADMIN_PASSWORD stops the start, with the reason. */
class InitialAdminTest {

    static ProcessEngine engine;
    static IdentityService identity;

    @BeforeAll
    static void anEngineWithThePasswordPolicy() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:initial-admin-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("initial-admin");
        configuration.setJobExecutorActivate(false);
        configuration.setEnablePasswordPolicy(true);
        engine = configuration.buildProcessEngine();
        identity = engine.getIdentityService();
        identity.saveGroup(identity.newGroup(Role.ADMIN.groupId()));
        identity.saveGroup(identity.newGroup(Groups.CAMUNDA_ADMIN));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aWeakPasswordStopsTheStartAndAStrongOneCreatesTheAdmin() {
        assertThatThrownBy(() -> initialAdmin("change-me").run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ADMIN_PASSWORD").hasMessageContaining("too weak");
        assertThat(identity.createUserQuery().userId("admin").count()).isZero();

        initialAdmin("Engine-Room-2026").run(null);

        assertThat(identity.checkPassword("admin", "Engine-Room-2026")).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).count()).isEqualTo(1);
    }

    private static InitialAdmin initialAdmin(String password) {
        // no JdbcTemplate: creating the first admin never asks whether someone was deactivated
        return new InitialAdmin(new UserDirectory(identity, new EngineIdentity(identity, new CurrentUser()), null),
                identity, password);
    }
}
