package io.engineroom.crisis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandSummary;
import io.engineroom.crisis.IncidentRooms;
import io.engineroom.crisis.IncidentService;
import io.engineroom.crisis.RaiseIncident;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The raise-incident form on its own: where each of the service's problems shows. No Spring context. */
class RaiseIncidentDialogTest {

    static final BrandSummary ACME = new BrandSummary("acme", "Acme", false);
    static final BrandSummary BEANLEAF = new BrandSummary("beanleaf", "Bean & Leaf", false);

    final IncidentRooms rooms = mock(IncidentRooms.class);
    final IncidentService incidents = mock(IncidentService.class);
    RaiseIncidentDialog dialog;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        when(rooms.attachable(any())).thenReturn(List.of());
        dialog = new RaiseIncidentDialog(rooms, incidents, List.of(ACME, BEANLEAF));
        dialog.open();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void noBrandIsRefusedAtTheBrandBeforeAnythingIsSent() {
        raise();

        assertThat(dialog.brand.isInvalid()).isTrue();
        assertThat(dialog.brand.getErrorMessage()).isEqualTo("Choose the brand it is happening to");
        verify(incidents, never()).raise(any());
    }

    @Test
    void eachProblemShowsAtItsFieldTheInteractionsBelowTheListTheRestAsANotice() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("brandId", "Not a member of brand 'beanleaf'");
        problems.put("description", "Say what is happening");
        problems.put("interactionIds", "Interaction 9 is not one of brand 'beanleaf'");
        problems.put("severity", "Unknown severity");
        when(incidents.raise(any(RaiseIncident.class))).thenThrow(new InvalidInput(problems));
        dialog.brand.setValue(BEANLEAF);
        dialog.title.setValue("Payment outage");

        raise();

        assertThat(dialog.brand.isInvalid()).isTrue();
        assertThat(dialog.brand.getErrorMessage()).isEqualTo("Not a member of brand 'beanleaf'");
        assertThat(dialog.description.isInvalid()).isTrue();
        assertThat(dialog.description.getErrorMessage()).isEqualTo("Say what is happening");
        assertThat(dialog.title.isInvalid()).isFalse();
        assertThat(dialog.interactionsError.getText()).isEqualTo("Interaction 9 is not one of brand 'beanleaf'");
        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications("Unknown severity");
        verify(incidents).raise(new RaiseIncident("beanleaf", "Payment outage", "", List.of()));
    }

    private static void raise() {
        _click(_get(Button.class, spec -> spec.withId("confirm-raise")));
    }
}
