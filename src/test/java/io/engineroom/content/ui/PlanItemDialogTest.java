package io.engineroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.brand.PillarSummary;
import io.engineroom.brand.Platform;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.identity.EngineIdentity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The plan-an-item form on its own: the brief it sends, and where the brief check's refusal shows. No Spring. */
class PlanItemDialogTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    static final PillarSummary PILLAR = new PillarSummary(7, "acme", "Product", 40, false);
    static final ChannelSummary MASTODON = new ChannelSummary(3, "acme", Platform.MASTODON, "@acme",
            Connector.MASTODON, true);

    final ContentService content = mock(ContentService.class);
    final EngineIdentity identity = mock(EngineIdentity.class);
    final AtomicInteger planned = new AtomicInteger();
    PlanItemDialog dialog;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void open() {
        MockVaadin.setup();
        when(identity.asCurrentUser(any(Supplier.class))).thenAnswer(call -> ((Supplier<?>) call.getArgument(0)).get());
        dialog = new PlanItemDialog("acme", DAY, ZONE, content, List.of(PILLAR), List.of(MASTODON), identity,
                planned::incrementAndGet);
        dialog.open();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void sendsTheBriefForTheDayAtTheChosenTimeInTheBrandsZone() {
        when(content.plan(eq("acme"), any(ContentBrief.class))).thenReturn(42L);
        dialog.title.setValue("  Winter launch ");
        dialog.objective.setValue("awareness");
        dialog.pillar.setValue(PILLAR);
        dialog.channels.setValue(Set.of(MASTODON));
        dialog.time.setValue(LocalTime.of(9, 30));

        plan();

        ArgumentCaptor<ContentBrief> brief = ArgumentCaptor.forClass(ContentBrief.class);
        verify(content).plan(eq("acme"), brief.capture());
        assertThat(brief.getValue()).isEqualTo(new ContentBrief("  Winter launch ", "awareness", null, null, 7L, null,
                ZonedDateTime.of(DAY, LocalTime.of(9, 30), ZONE).toInstant(), Set.of(3L)));
        assertThat(planned).hasValue(1);
        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Planned 'Winter launch' (content item 42)");
    }

    @Test
    void theBriefChecksRefusalLandsNextToEachFieldAndTheRestIsANotice() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("title", "A title of 1 to 300 characters is required");
        problems.put("publishAt", "The publish time is in the past");
        problems.put("campaign", "The campaign allows at most 200 characters");
        when(content.plan(anyString(), any(ContentBrief.class))).thenThrow(new InvalidInput(problems));
        dialog.keyMessage.setValue("Warm socks");

        plan();

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("A title of 1 to 300 characters is required");
        assertThat(dialog.time.isInvalid()).isTrue();
        assertThat(dialog.time.getErrorMessage()).isEqualTo("The publish time is in the past");
        assertThat(dialog.keyMessage.isInvalid()).isFalse();
        assertThat(dialog.keyMessage.getValue()).isEqualTo("Warm socks");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(planned).hasValue(0);
        NotificationsKt.expectNotifications("The campaign allows at most 200 characters");
    }

    @Test
    void noTimeIsRefusedAtTheFieldBeforeAnythingIsSent() {
        dialog.time.clear();

        plan();

        assertThat(dialog.time.isInvalid()).isTrue();
        assertThat(dialog.time.getErrorMessage()).isEqualTo("Choose a time");
        verify(content, never()).plan(anyString(), any(ContentBrief.class));
    }

    private static void plan() {
        _click(_get(Button.class, spec -> spec.withId("create-item")));
    }
}
