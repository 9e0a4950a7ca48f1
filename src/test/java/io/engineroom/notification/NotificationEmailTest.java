package io.engineroom.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestMailServer;
import io.engineroom.support.TestUsers;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices by e-mail through a real SMTP server (the tests' GreenMail, see {@link TestMailServer}): sent once the
 * sending transaction commits, never for one that rolls back, and a mail server that is down is recorded as the
 * notice's e-mail problem without failing the step. Other tests' notices reach the same server: each test reads
 * only the mail of its own recipient.
 */
@EngineRoomIntegrationTest
class NotificationEmailTest {

    @Autowired
    Notifications notifications;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    PlatformTransactionManager transactions;

    String recipient;
    String topic;

    @BeforeEach
    void aRecipientWithAnAddress() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        recipient = TestUsers.ensure(users, brands, "mail-" + suffix, Role.CRISIS_LEAD);
        topic = "incident:mail-" + suffix;
    }

    @Test
    void theEmailGoesOutOnlyOnceTheSendingTransactionCommitted() throws Exception {
        long id = new TransactionTemplate(transactions).execute(status -> {
            long sent = notifications.send(new Notice(recipient, "Severity 1: Broken cups everywhere",
                    "Acknowledge within 15 minutes.", "/incidents/12", topic));
            assertThat(mine()).as("nothing before commit").isEmpty();
            return sent;
        });

        MimeMessage[] received = awaitMine(5000);
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(recipient + "@example.com");
        assertThat(received[0].getFrom()).extracting(Object::toString).containsExactly("crisis@engine-room.example");
        assertThat(received[0].getSubject()).isEqualTo("Severity 1: Broken cups everywhere");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Acknowledge within 15 minutes.")
                .contains("https://engine-room.example/incidents/12");

        NoticeSummary notice = awaitNotice(n -> n.emailedAt() != null);
        assertThat(notice.id()).isEqualTo(id);
        assertThat(notice.emailedAt()).isNotNull().isAfterOrEqualTo(notice.createdAt());
        assertThat(notice.emailProblem()).isNull();
    }

    @Test
    void aRolledBackTransactionMailsNobodyAndLeavesNoNotice() throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.send(new Notice(recipient, "Never sent", "This step failed.", null, topic));
            status.setRollbackOnly();
        });

        assertThat(awaitMine(1500)).isEmpty();
        assertThat(notifications.about(topic)).isEmpty();
    }

    @Test
    void aMailServerThatIsDownIsRecordedAsTheProblemAndTheEmailGoesOutOnceItIsBack() throws Exception {
        TestMailServer.whileDown(() -> {
            assertThatCode(() -> notifications.send(new Notice(recipient, "Server down", "Still in-app.", null,
                    topic))).doesNotThrowAnyException();
            NoticeSummary notice = awaitNotice(n -> n.emailProblem() != null);
            assertThat(notice.emailedAt()).isNull();
            assertThat(notice.emailProblem()).containsIgnoringCase("connect").endsWith("(trying again)");
            assertThat(notice.open()).isTrue();
        });
        try {
            // the retry is due after the backoff: the outbox counts time by the application's clock
            TestClock.get().moveBy(Duration.ofMinutes(2));
            MimeMessage[] received = awaitMine(10_000);
            assertThat(received).hasSize(1);
            NoticeSummary notice = awaitNotice(n -> n.emailedAt() != null);
            assertThat(notice.emailProblem()).isNull();
        } finally {
            TestClock.get().reset();
        }
    }

    @Test
    void aPersonWithoutAnAddressIsTheProblem() throws Exception {
        String noAddress = "no-mail-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(noAddress, "No", "Address", null, TestUsers.PASSWORD, List.of(Role.EXECUTIVE));

        notifications.send(new Notice(noAddress, "Sign-off needed", "Please sign off.", null, topic));

        assertThat(awaitNotice(n -> n.emailProblem() != null).emailProblem())
                .isEqualTo("No e-mail address for " + noAddress);
        assertThat(awaitMine(1000)).isEmpty();
    }

    /** This test's one notice once it is as wanted (the outbox worker records e-mail outcomes as they happen). */
    private NoticeSummary awaitNotice(java.util.function.Predicate<NoticeSummary> wanted) {
        long until = System.currentTimeMillis() + 10_000;
        NoticeSummary notice = only(notifications.about(topic));
        while (!wanted.test(notice) && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            notice = only(notifications.about(topic));
        }
        assertThat(wanted.test(notice)).as("notice as wanted within 10 s: " + notice).isTrue();
        return notice;
    }

    private static NoticeSummary only(List<NoticeSummary> notices) {
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    /** The mail that reached this test's recipient so far. */
    private MimeMessage[] mine() {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(this::toRecipient)
                .toArray(MimeMessage[]::new);
    }

    /** This test's mail once there is some, or none after waiting {@code millis}. */
    private MimeMessage[] awaitMine(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        MimeMessage[] received;
        while ((received = mine()).length == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        return received;
    }

    private boolean toRecipient(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().startsWith(recipient + "@"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
