package io.engineroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.identity.Role;
import io.engineroom.support.FirstRunIntegrationTest;
import io.engineroom.support.FirstRunSnapshot;
import io.engineroom.support.FormLoginClient;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A team's first start, on an empty database without demo data: ADMIN_PASSWORD makes 'admin', and that is all. */
@FirstRunIntegrationTest
class FirstRunTest {

    @LocalServerPort
    int port;

    @Test
    void theOnlyPersonIsTheAdministratorAndNoBrandExists() {
        FirstRunSnapshot atStart = FirstRunSnapshot.get();

        assertThat(atStart.people()).containsOnlyKeys("admin");
        assertThat(atStart.people()).containsEntry("admin", List.of(Role.ADMIN.groupId(), Groups.CAMUNDA_ADMIN));
        assertThat(atStart.tenants()).isEmpty();
        assertThat(atStart.noBrand()).isTrue();
    }

    @Test
    void theAdministratorSignsInWithAdminPassword() throws Exception {
        // the client URL-encodes the form as a browser does
        FormLoginClient browser = new FormLoginClient(port).signIn("admin", FirstRunIntegrationTest.ADMIN_PASSWORD);

        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }
}
