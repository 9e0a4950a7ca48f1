package io.engineroom.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NotificationSettings;
import io.engineroom.notification.domain.NoticeRecordRepository;
import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.DeliveryResult;
import io.engineroom.notification.outbox.DeliveryStatus;
import io.engineroom.notification.outbox.OutboundDelivery;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Without a mail server configured (the embedded default) or without an address, an e-mail fails for good at its
 * first attempt: no retry can mend either. The shared test application always has a mail server (see
 * TestMailServer), so these cases are checked here, on the channel alone.
 */
class MailChannelTest {

    final NoticeRecordRepository notices = mock(NoticeRecordRepository.class);
    final UserDirectory users = mock(UserDirectory.class);
    final OutboundDelivery mail = new OutboundDelivery(7, DeliveryChannel.MAIL, null, 42L, "beanleaf", null, null,
            "alice", null, null, null, null, null, DeliveryStatus.PENDING, 0, 8, Instant.EPOCH, Instant.EPOCH, null,
            null, null, null, null);

    @Test
    @SuppressWarnings("unchecked")
    void withoutAMailServerTheEmailIsRefusedForGoodAsNotConfigured() {
        ObjectProvider<JavaMailSender> noSender = mock(ObjectProvider.class);

        DeliveryResult result = channel(noSender).deliver(mail);

        assertThat(result.sent()).isFalse();
        assertThat(result.permanent()).isTrue();
        assertThat(result.error()).isEqualTo("E-mail is not configured");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonWithoutAnAddressIsRefusedForGood() {
        ObjectProvider<JavaMailSender> senders = mock(ObjectProvider.class);
        when(senders.getIfAvailable()).thenReturn(mock(JavaMailSender.class));
        when(users.email("alice")).thenReturn(Optional.empty());

        DeliveryResult result = channel(senders).deliver(mail);

        assertThat(result.permanent()).isTrue();
        assertThat(result.error()).isEqualTo("No e-mail address for alice");
    }

    private MailChannel channel(ObjectProvider<JavaMailSender> senders) {
        return new MailChannel(senders, users, notices,
                new NotificationSettings("engine-room@localhost", "http://localhost:8080"));
    }
}
