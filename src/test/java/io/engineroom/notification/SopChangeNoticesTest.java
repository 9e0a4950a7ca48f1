package io.engineroom.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.workflow.SopChangeDecided;
import io.engineroom.workflow.SopChangeStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Who hears what became of an SOP change, and what the notice says, without the application. */
class SopChangeNoticesTest {

    final Notifications notifications = mock(Notifications.class);
    final UserDirectory users = mock(UserDirectory.class);
    final SopChangeNotices notices = new SopChangeNotices(notifications, users);

    @Test
    void aRejectionTellsTheProposerWithTheReviewersComment() {
        when(users.isActive("proposer")).thenReturn(true);

        notices.onDecided(new SopChangeDecided(7, "beanleaf", "proposer", SopChangeStatus.REJECTED, "reviewer",
                "Keep the legal review", "content-approval v2 (replaces shared v1)"));

        ArgumentCaptor<Notice> sent = ArgumentCaptor.forClass(Notice.class);
        verify(notifications).send(sent.capture());
        assertThat(sent.getValue().recipientUserId()).isEqualTo("proposer");
        assertThat(sent.getValue().subject()).isEqualTo(
                "Your SOP change was rejected: content-approval v2 (replaces shared v1)");
        assertThat(sent.getValue().body()).contains("reviewer rejected", "for beanleaf", "stays suspended",
                "Keep the legal review");
        assertThat(sent.getValue().topic()).isEqualTo("sop-change:7");
        assertThat(sent.getValue().link()).isEqualTo("/sops");
        assertThat(sent.getValue().kind()).isEqualTo(NoticeKind.SOP_CHANGE);
        assertThat(sent.getValue().brandId()).isEqualTo("beanleaf");
    }

    @Test
    void aStartUpChangeActivatedAtOnceTellsTheOtherActiveAdministratorsWithTheReason() {
        when(users.withRole(Role.ADMIN)).thenReturn(List.of("admin", "admin-2", "admin-gone"));
        when(users.isActive("admin-2")).thenReturn(true);
        when(users.isActive("admin-gone")).thenReturn(false);

        notices.onDecided(new SopChangeDecided(8, null, null, SopChangeStatus.EMERGENCY, "admin",
                "The old one posts at the wrong hour", "crisis v3 (replaces shared v2)"));

        ArgumentCaptor<Notice> sent = ArgumentCaptor.forClass(Notice.class);
        verify(notifications).send(sent.capture());
        assertThat(sent.getValue().recipientUserId()).isEqualTo("admin-2");
        assertThat(sent.getValue().subject()).startsWith("The SOP change Engine Room deployed at start-up was "
                + "activated at once");
        assertThat(sent.getValue().body()).contains("all brands without their own",
                "The old one posts at the wrong hour");
    }

    @Test
    void nobodyIsToldOfTheirOwnDecision() {
        when(users.isActive(any())).thenReturn(true);

        notices.onDecided(new SopChangeDecided(9, null, "admin", SopChangeStatus.EMERGENCY, "admin",
                "Activated my own change in an emergency", "crisis v4 (replaces shared v3)"));

        verify(notifications, never()).send(any(Notice.class));
    }
}
