package io.engineroom.brand.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who lands in the setup guide: an admin opening the start page while no brand exists, and nobody else. */
class FirstRunGuideTest {

    @Test
    void anAdminEnteringTheStartPageBeforeAnyBrandExistsOpensTheGuide() {
        assertThat(FirstRunGuide.opensGuide("", true, () -> true)).isTrue();
    }

    @Test
    void nobodyElseAndNoOtherPageAndNoBrandedInstallationOpensIt() {
        assertThat(FirstRunGuide.opensGuide("", false, () -> true)).as("not an admin").isFalse();
        assertThat(FirstRunGuide.opensGuide("calendar", true, () -> true)).as("another page").isFalse();
        assertThat(FirstRunGuide.opensGuide("", true, () -> false)).as("a brand exists").isFalse();
    }

    @Test
    void theBrandsAreNotReadForSomeoneWhoIsNoAdmin() {
        assertThat(FirstRunGuide.opensGuide("", false, () -> {
            throw new AssertionError("the brands were read");
        })).isFalse();
    }

    @Test
    void theListenerForwardsAnAdminOnAnEmptyInstallationAndNoOneElse() {
        SetupProgress empty = mock(SetupProgress.class);
        when(empty.noBrandYet()).thenReturn(true);

        BeforeEnterEvent admin = entering("");
        new FirstRunGuide(signedIn("admin"), empty).beforeEnter(admin);
        verify(admin).forwardTo("admin/setup");

        BeforeEnterEvent copywriter = entering("");
        new FirstRunGuide(signedIn("copywriter"), empty).beforeEnter(copywriter);
        verify(copywriter, never()).forwardTo(anyString());

        BeforeEnterEvent nobody = entering("");
        new FirstRunGuide(mock(CurrentUser.class), empty).beforeEnter(nobody);
        verify(nobody, never()).forwardTo(anyString());
    }

    private static BeforeEnterEvent entering(String route) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location(route));
        return event;
    }

    private static CurrentUser signedIn(String role) {
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.find()).thenReturn(Optional.of(new EngineRoomUser("someone", "Someone", Set.of(role),
                Set.of())));
        return currentUser;
    }
}
