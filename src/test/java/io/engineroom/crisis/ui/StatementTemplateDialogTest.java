package io.engineroom.crisis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import io.engineroom.base.InvalidInput;
import io.engineroom.crisis.HoldingStatements;
import io.engineroom.crisis.StatementTemplate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The template form on its own: what it sends, and where the service's refusal shows. No Spring context. */
class StatementTemplateDialogTest {

    final HoldingStatements statements = mock(HoldingStatements.class);
    final AtomicInteger saved = new AtomicInteger();
    StatementTemplateDialog dialog;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        dialog = new StatementTemplateDialog(new StatementTemplate("outage", "We are on it", "Hold on, {brand}.",
                "crisis-lead", null), statements, saved::incrementAndGet);
        dialog.open();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void showsTheTemplateAndSendsWhatWasTyped() {
        assertThat(dialog.title.getValue()).isEqualTo("We are on it");
        assertThat(dialog.body.getValue()).isEqualTo("Hold on, {brand}.");

        dialog.body.setValue("We are looking into {issue}.");
        save();

        verify(statements).update("outage", "We are on it", "We are looking into {issue}.");
        assertThat(saved).hasValue(1);
        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Saved the outage template");
    }

    @Test
    void theServicesRefusalLandsNextToItsFieldAndKeepsWhatWasTyped() {
        when(statements.update(anyString(), anyString(), anyString()))
                .thenThrow(new InvalidInput("body", "Unknown placeholder {product}"));
        dialog.body.setValue("Stop using {product}.");

        save();

        assertThat(dialog.body.isInvalid()).isTrue();
        assertThat(dialog.body.getErrorMessage()).isEqualTo("Unknown placeholder {product}");
        assertThat(dialog.title.isInvalid()).isFalse();
        assertThat(dialog.body.getValue()).isEqualTo("Stop using {product}.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(saved).hasValue(0);
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aRefusalOfAFieldTheFormDoesNotShowIsAnErrorNotice() {
        when(statements.update(anyString(), anyString(), anyString()))
                .thenThrow(new InvalidInput("scenario", "No scenario 'outage'"));

        save();

        assertThat(dialog.title.isInvalid()).isFalse();
        assertThat(dialog.body.isInvalid()).isFalse();
        NotificationsKt.expectNotifications("No scenario 'outage'");
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("template-save")));
    }
}
