package io.engineroom.notification.mail;

import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NotificationSettings;
import io.engineroom.notification.domain.NoticeRecord;
import io.engineroom.notification.domain.NoticeRecordRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails a notice once the step that created it has committed: a step that rolls back (and may be retried)
 * mails nobody. The outcome, sent or why not, is recorded in a transaction of its own; nothing here throws to the
 * step, since the notice is already delivered in-app and a mail server's trouble must not undo the step.
 */
@Component
public class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
    private static final int MAX_PROBLEM = 1000;

    private final ObjectProvider<JavaMailSender> senders;
    private final UserDirectory users;
    private final NoticeRecordRepository notices;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String from;
    private final String appUrl;

    NoticeMailer(ObjectProvider<JavaMailSender> senders, UserDirectory users, NoticeRecordRepository notices,
            PlatformTransactionManager transactions, Clock clock, NotificationSettings settings) {
        this.senders = senders;
        this.users = users;
        this.notices = notices;
        this.ownTransaction = new TransactionTemplate(transactions);
        // after commit the finished transaction's resources are still bound: only a new one writes for sure
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = settings.from();
        String appUrl = settings.appUrl();
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
    }

    /** Mails the notice after the current transaction commits; nothing when it rolls back. */
    public void sendAfterCommit(NoticeRecord notice) {
        sendAfterCommit(notice, null);
    }

    /** Mails the notice with a file attached after the current transaction commits; nothing when it rolls back. */
    public void sendAfterCommit(NoticeRecord notice, MailAttachment attachment) {
        Letter letter = new Letter(notice.getId(), notice.getRecipient(), notice.getSubject(), notice.getBody(),
                notice.getLink(), attachment);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deliver(letter);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deliver(letter);
            }
        });
    }

    private void deliver(Letter letter) {
        try {
            Optional<String> problem = send(letter);
            ownTransaction.executeWithoutResult(status -> {
                if (problem.isEmpty()) {
                    notices.emailed(letter.noticeId(), now());
                } else {
                    notices.emailFailed(letter.noticeId(), shorten(problem.get()));
                }
            });
        } catch (RuntimeException e) {
            // the database refused the outcome: the notice stays without one, the step that sent it is done
            log.warn("Could not record the e-mail outcome of notice {}", letter.noticeId(), e);
        }
    }

    /** Sends the e-mail; the problem when it could not be sent. */
    private Optional<String> send(Letter letter) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return Optional.of("E-mail is not configured");
        }
        Optional<String> address = users.email(letter.recipient());
        if (address.isEmpty()) {
            return Optional.of("No e-mail address for " + letter.recipient());
        }
        String text = letter.link() == null ? letter.body()
                : letter.body() + "\n\nOpen in Engine Room: " + appUrl + letter.link();
        try {
            if (letter.attachment() == null) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(address.get());
                message.setSubject(letter.subject());
                message.setText(text);
                sender.send(message);
            } else {
                sender.send(withAttachment(sender, address.get(), letter, text));
            }
            return Optional.empty();
        } catch (MailException | MessagingException | IllegalStateException e) {
            log.warn("E-mail of notice {} to {} failed: {}", letter.noticeId(), letter.recipient(), e.getMessage());
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private MimeMessage withAttachment(JavaMailSender sender, String to, Letter letter, String text)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(letter.subject());
        helper.setText(text);
        MailAttachment file = letter.attachment();
        helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        return message;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String shorten(String problem) {
        return problem.length() > MAX_PROBLEM ? problem.substring(0, MAX_PROBLEM - 1) + "…" : problem;
    }

    /** What the e-mail needs, taken before commit: the entity is not to be read after its transaction. */
    private record Letter(long noticeId, String recipient, String subject, String body, String link,
            MailAttachment attachment) {
    }
}
