package io.engineroom;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Packages are capabilities: modules use each other's API packages only, and depend on each other without cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(EngineRoomApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
