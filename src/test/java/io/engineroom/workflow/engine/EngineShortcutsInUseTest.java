package io.engineroom.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.support.EngineRoomIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running engine works through Engine Room's shortcuts ({@link ShortcutFeelEngine},
 * {@link LazyIdCheckEntityManagers}), not around them, and what they shortcut still refuses what it refused.
 */
@EngineRoomIntegrationTest
class EngineShortcutsInUseTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theEnginesDecisionTablesReadTheirCellsThroughTheShortcut() {
        assertThat(configuration().getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ShortcutFeelEngine.class);
    }

    @Test
    void theEnginesCommandsInsertThroughTheEntityManagerThatBuildsNoMessageInAdvance() {
        assertThat(configuration().getSessionFactories().get(DbEntityManager.class))
                .isInstanceOf(LazyIdCheckEntityManagers.class);
        Object used = configuration().getCommandExecutorTxRequired().execute(context -> context.getDbEntityManager());
        assertThat(used).isInstanceOf(LazyIdCheckEntityManagers.LazyIdCheckEntityManager.class);
    }

    @Test
    void aRowWhoseIdIsTheWildcardIsStillRefusedWithCamundasMessageAndNothingStored() {
        ByteArrayEntity bytes = new ByteArrayEntity("refused", new byte[] {1});
        bytes.setId("*");
        assertThatThrownBy(() -> configuration().getCommandExecutorTxRequired().execute(context -> {
            context.getDbEntityManager().insert(bytes);
            return null;
        })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("has an invalid id")
                .hasMessageContaining("reserved identifier");
        Object stored = configuration().getCommandExecutorTxRequired().execute(context ->
                context.getDbEntityManager().selectById(ByteArrayEntity.class, "*"));
        assertThat(stored).isNull();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
