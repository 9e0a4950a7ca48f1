package io.engineroom.notification;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestMailServer;
import io.engineroom.support.TestUsers;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A notice whose e-mail carries a file (a report's workbook); a file without a name or bytes is refused. */
@EngineRoomIntegrationTest
class NotificationAttachmentTest {

    @Autowired
    Notifications notifications;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    String recipient;
    String topic;

    @BeforeEach
    void aRecipientWithAnAddress() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        recipient = TestUsers.ensure(users, brands, "attach-" + suffix, Role.ANALYST);
        topic = "report:attach-" + suffix;
    }

    @Test
    void theEmailCarriesTheFileAndTheNoticeIsInApp() throws Exception {
        byte[] file = "a workbook".getBytes(StandardCharsets.UTF_8);

        notifications.send(new Notice(recipient, "Weekly report", "Attached.", "/reports", topic), "weekly.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);

        MimeMessage[] mails = TestMailServer.awaitMailFor(recipient + "@example.com");
        assertThat(mails).hasSize(1);
        Multipart parts = (Multipart) mails[0].getContent();
        Part attached = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                attached = parts.getBodyPart(i);
            }
        }
        assertThat(attached).as("an attachment").isNotNull();
        assertThat(attached.getFileName()).isEqualTo("weekly.xlsx");
        assertThat(attached.getContentType()).startsWith("application/vnd.openxmlformats");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        attached.getInputStream().transferTo(content);
        assertThat(content.toByteArray()).isEqualTo(file);
        // the worker records the e-mail as sent right after the server took it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.about(topic))
                .singleElement().satisfies(notice -> assertThat(notice.emailedAt()).isNotNull()));
        assertThat(notifications.about(topic)).singleElement().satisfies(notice -> {
            assertThat(notice.emailedAt()).isNotNull();
            assertThat(notice.link()).isEqualTo("/reports");
        });
    }

    @Test
    void aFileWithoutANameOrBytesIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> notifications.send(new Notice(recipient, "Weekly report", "Attached.", null, topic),
                " ", "application/pdf", new byte[0]))
                .isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.problems())
                        .containsOnlyKeys("fileName", "content"));
        assertThat(notifications.about(topic)).isEmpty();
        // nothing stored, so nothing in the outbox either: no mail can come later
        assertThat(TestMailServer.get().getReceivedMessagesForDomain(recipient + "@example.com")).isEmpty();
    }
}
