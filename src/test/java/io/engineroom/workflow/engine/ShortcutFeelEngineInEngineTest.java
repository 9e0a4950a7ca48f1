package io.engineroom.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.EngineRoomIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The running engine's decision tables are evaluated through {@link ShortcutFeelEngine}, not around it. */
@EngineRoomIntegrationTest
class ShortcutFeelEngineInEngineTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theEnginesDecisionTablesReadTheirCellsThroughTheShortcut() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ShortcutFeelEngine.class);
    }
}
