package io.engineroom.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices by e-mail through a real SMTP server (GreenMail on a free port, restarted empty for every test): sent
 * once the sending transaction commits, never for one that rolls back, and a mail server that is down is recorded
 * as the notice's e-mail problem without failing the step. The only test class with a mail server: its own
 * application context, closed after the class so its job executor does not go on working other tests' jobs.
 */
@EngineRoomIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotificationEmailTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("engineroom.mail.from", () -> "crisis@engine-room.example");
        registry.add("engineroom.mail.app-url", () -> "https://engine-room.example/");
    }

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
            assertThat(smtp.getReceivedMessages()).as("nothing before commit").isEmpty();
            return sent;
        });

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(recipient + "@example.com");
        assertThat(received[0].getFrom()).extracting(Object::toString).containsExactly("crisis@engine-room.example");
        assertThat(received[0].getSubject()).isEqualTo("Severity 1: Broken cups everywhere");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Acknowledge within 15 minutes.")
                .contains("https://engine-room.example/incidents/12");

        NoticeSummary notice = only(notifications.about(topic));
        assertThat(notice.id()).isEqualTo(id);
        assertThat(notice.emailedAt()).isNotNull().isAfterOrEqualTo(notice.createdAt());
        assertThat(notice.emailProblem()).isNull();
    }

    @Test
    void aRolledBackTransactionMailsNobodyAndLeavesNoNotice() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.send(new Notice(recipient, "Never sent", "This step failed.", null, topic));
            status.setRollbackOnly();
        });

        assertThat(smtp.waitForIncomingEmail(1500, 1)).isFalse();
        assertThat(notifications.about(topic)).isEmpty();
    }

    @Test
    void aMailServerThatIsDownIsRecordedAsTheProblemAndTheNoticeStays() {
        smtp.stop();

        assertThatCode(() -> notifications.send(new Notice(recipient, "Server down", "Still in-app.", null, topic)))
                .doesNotThrowAnyException();

        NoticeSummary notice = only(notifications.about(topic));
        assertThat(notice.emailedAt()).isNull();
        assertThat(notice.emailProblem()).containsIgnoringCase("connect");
        assertThat(notice.open()).isTrue();
    }

    @Test
    void aPersonWithoutAnAddressIsTheProblem() {
        String noAddress = "no-mail-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(noAddress, "No", "Address", null, TestUsers.PASSWORD, List.of(Role.EXECUTIVE));

        notifications.send(new Notice(noAddress, "Sign-off needed", "Please sign off.", null, topic));

        assertThat(only(notifications.about(topic)).emailProblem()).isEqualTo("No e-mail address for " + noAddress);
        assertThat(smtp.waitForIncomingEmail(1000, 1)).isFalse();
    }

    private static NoticeSummary only(List<NoticeSummary> notices) {
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
