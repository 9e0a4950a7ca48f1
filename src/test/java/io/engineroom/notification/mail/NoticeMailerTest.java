package io.engineroom.notification.mail;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NotificationSettings;
import io.engineroom.notification.domain.NoticeRecord;
import io.engineroom.notification.domain.NoticeRecordRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * Without a mail server configured (the embedded default) a notice is in-app only, and says so: the shared test
 * application always has one (see TestMailServer), so this case is checked here, on the mailer alone.
 */
class NoticeMailerTest {

    @Test
    @SuppressWarnings("unchecked")
    void withoutAMailServerTheNoticeRecordsThatEmailIsNotConfigured() {
        ObjectProvider<JavaMailSender> noSender = mock(ObjectProvider.class);
        NoticeRecordRepository notices = mock(NoticeRecordRepository.class);
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        NoticeRecord notice = mock(NoticeRecord.class);
        when(notice.getId()).thenReturn(42L);
        when(notice.getRecipient()).thenReturn("alice");
        when(notice.getSubject()).thenReturn("Severity 2");
        when(notice.getBody()).thenReturn("Acknowledge, please.");
        NoticeMailer mailer = new NoticeMailer(noSender, mock(UserDirectory.class), notices, transactions,
                Clock.fixed(Instant.parse("2031-03-05T10:00:00Z"), ZoneOffset.UTC),
                new NotificationSettings("engine-room@localhost", "http://localhost:8080"));

        mailer.sendAfterCommit(notice);

        verify(notices).emailFailed(42L, "E-mail is not configured");
        verify(notices, never()).emailed(anyLong(), any());
    }
}
