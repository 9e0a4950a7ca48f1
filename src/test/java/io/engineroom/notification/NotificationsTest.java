package io.engineroom.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.crisis.IncidentService;
import io.engineroom.crisis.RaiseIncident;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Notices on PostgreSQL, without a mail server: only the recipient sees and acknowledges theirs, acknowledging is
 * idempotent and tells the rest of the application once, a withdrawn notice is kept but no longer open, and the
 * notices on an incident are for the incident's brand.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class NotificationsTest {

    @Autowired
    Notifications notifications;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    IncidentService incidents;
    @Autowired
    ApplicationEvents events;

    String alice;
    String bob;
    String topic;

    @BeforeEach
    void twoPeople() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = TestUsers.ensure(users, brands, "alice-" + suffix, Role.CRISIS_LEAD);
        bob = TestUsers.ensure(users, brands, "bob-" + suffix, Role.EXECUTIVE);
        topic = "test:" + suffix;
    }

    @Test
    void onlyTheRecipientSeesAndAcknowledgesTheirNotice() {
        long id = sendTo(alice, "For Alice");

        try (var signedIn = SignedIn.as(users, bob)) {
            assertThatThrownBy(() -> notifications.acknowledge(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notifications.markShown(List.of(id))).isInstanceOf(AccessDeniedException.class);
            assertThat(notifications.mine()).isEmpty();
            assertThat(notifications.unacknowledgedCount()).isZero();
        }
        assertThatThrownBy(() -> notifications.acknowledgeFor(id, bob)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.acknowledge(id)).as("nobody signed in")
                .isInstanceOf(AccessDeniedException.class);

        NoticeSummary notice = only(notifications.about(topic));
        assertThat(notice.acknowledgedAt()).isNull();
        assertThat(notice.shownAt()).isNull();
        assertThat(acknowledgements(id)).isEmpty();
    }

    @Test
    void acknowledgingTwiceChangesNothingAndTellsTheApplicationOnce() {
        long id = sendTo(alice, "Please acknowledge");

        try (var signedIn = SignedIn.as(users, alice)) {
            notifications.acknowledge(id);
            var first = only(notifications.mine()).acknowledgedAt();
            notifications.acknowledge(id);
            notifications.acknowledgeFor(id, alice);

            assertThat(first).isNotNull();
            assertThat(only(notifications.mine()).acknowledgedAt()).isEqualTo(first);
            assertThat(notifications.unacknowledgedCount()).isZero();
            assertThat(acknowledgements(id)).singleElement().satisfies(event -> {
                assertThat(event.userId()).isEqualTo(alice);
                assertThat(event.topic()).isEqualTo(topic);
                assertThat(event.at()).isEqualTo(first);
            });
        }
    }

    @Test
    void aProcessStepAcknowledgesForTheTasksPerson() {
        long id = sendTo(bob, "Sign-off needed");

        notifications.acknowledgeFor(id, bob);
        notifications.acknowledgeFor(id, bob);

        assertThat(only(notifications.about(topic)).acknowledgedAt()).isNotNull();
        assertThat(acknowledgements(id)).hasSize(1);
    }

    @Test
    void aWithdrawnNoticeIsKeptButNoLongerOpen() {
        long withdrawn = sendTo(alice, "Moves on");
        long acknowledged = sendTo(alice, "Acknowledged");
        long open = sendTo(alice, "Still open");

        try (var signedIn = SignedIn.as(users, alice)) {
            assertThat(notifications.unacknowledgedCount()).isEqualTo(3);
            notifications.acknowledge(acknowledged);
            notifications.withdraw(withdrawn, "No answer within 15 minutes: passed on to " + bob);
            notifications.withdraw(withdrawn, "a second reason is not recorded");
            assertThat(notifications.unacknowledgedCount()).isEqualTo(1);

            assertThatThrownBy(() -> notifications.acknowledge(withdrawn)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("withdrawn");
            assertThatThrownBy(() -> notifications.withdraw(acknowledged, "too late"))
                    .isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> notifications.withdraw(open, " ")).isInstanceOf(InvalidInput.class);

            List<NoticeSummary> mine = notifications.mine();
            assertThat(mine).extracting(NoticeSummary::id).containsExactly(open, acknowledged, withdrawn);
            NoticeSummary passedOn = mine.get(2);
            assertThat(passedOn.withdrawnAt()).isNotNull();
            assertThat(passedOn.withdrawnReason()).isEqualTo("No answer within 15 minutes: passed on to " + bob);
            assertThat(passedOn.acknowledgedAt()).isNull();
            assertThat(mine).extracting(NoticeSummary::open).containsExactly(true, false, false);
        }
        assertThat(acknowledgements(withdrawn)).isEmpty();
        assertThat(acknowledgements(acknowledged)).hasSize(1);
    }

    @Test
    void anIncompleteNoticeIsRefusedFieldByFieldAndNothingIsStored() {
        assertThatThrownBy(() -> notifications.send(new Notice(" ", "", "x".repeat(4001), "https://elsewhere", topic)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsOnlyKeys("recipientUserId", "subject", "body", "link"));
        assertThat(notifications.about(topic)).isEmpty();
    }

    @Test
    void theNoticesOnAnIncidentAreForItsBrandsPeople() {
        String brand = "notify-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Notify Test", false));
        brands.addMember(brand, "community-manager");
        brands.addMember(brand, alice);
        long incident;
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            incident = incidents.raise(new RaiseIncident(brand, "Cups", "Broken cups", List.of())).id();
        }
        String incidentTopic = "incident:" + incident;
        long first = notifications.send(new Notice(alice, "First", "Assess it", null, incidentTopic));
        long second = notifications.send(new Notice(bob, "Second", "Sign it off", null, incidentTopic));

        try (var signedIn = SignedIn.as(users, alice)) {
            assertThat(notifications.about(incidentTopic)).extracting(NoticeSummary::id).containsExactly(first, second);
            assertThatThrownBy(() -> notifications.about(topic)).as("a topic nobody answers for")
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, bob)) {
            assertThatThrownBy(() -> notifications.about(incidentTopic)).as("not a member of the brand")
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private long sendTo(String recipient, String subject) {
        return notifications.send(new Notice(recipient, subject, "What happened and what to do.", "/", topic));
    }

    private List<NoticeAcknowledged> acknowledgements(long noticeId) {
        return events.stream(NoticeAcknowledged.class).filter(event -> event.noticeId() == noticeId).toList();
    }

    private static NoticeSummary only(List<NoticeSummary> notices) {
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }
}
