package io.engineroom.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.workflow.DriftEntry.Status;
import io.engineroom.workflow.ui.SopList.DriftLook;
import org.junit.jupiter.api.Test;

/** The drift badge keeps its colours: in sync green, a difference or an unreadable file red, the rest neutral. */
class SopListTest {

    @Test
    void everyDriftStatusHasABadgeColour() {
        for (Status status : Status.values()) {
            assertThat(DriftLook.of(status).badgeTheme()).as(status.name()).isNotBlank();
        }
        assertThat(DriftLook.of(Status.IN_SYNC).badgeTheme()).isEqualTo("success");
        assertThat(DriftLook.of(Status.DIFFERS).badgeTheme()).isEqualTo("error");
        assertThat(DriftLook.of(Status.UNREADABLE).badgeTheme()).isEqualTo("error");
        assertThat(DriftLook.of(Status.NOT_DEPLOYED).badgeTheme()).isEqualTo("contrast");
        assertThat(DriftLook.of(Status.NOT_IN_FOLDER).badgeTheme()).isEqualTo("contrast");
    }
}
