package io.engineroom.notification.mail;

import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NotificationSettings;
import io.engineroom.notification.domain.NoticeRecord;
import io.engineroom.notification.domain.NoticeRecordRepository;
import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.DeliveryResult;
import io.engineroom.notification.outbox.OutboundChannel;
import io.engineroom.notification.outbox.OutboundDelivery;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The outbox's e-mail: a notice to its recipient, or a text such as a daily digest. The address is looked up when
 * the mail is sent, so a changed notice address counts. Each mail carries a Message-ID made from its delivery, the
 * same on every attempt: should a node die between the server's acceptance and the record of it, the copy sent
 * again is recognisably the same message. A missing address or mail setup is final; a server that is down or slow
 * (timeouts in {@code spring.mail.properties}) is retried by the outbox.
 */
@Component
class MailChannel implements OutboundChannel {

    private final ObjectProvider<JavaMailSender> senders;
    private final UserDirectory users;
    private final NoticeRecordRepository notices;
    private final String from;
    private final NotificationSettings links;
    private final String messageIdDomain;

    MailChannel(ObjectProvider<JavaMailSender> senders, UserDirectory users, NoticeRecordRepository notices,
            NotificationSettings settings) {
        this.senders = senders;
        this.users = users;
        this.notices = notices;
        this.from = settings.from();
        this.links = settings;
        String host = URI.create(settings.appUrl()).getHost();
        this.messageIdDomain = host == null ? "engine-room" : host;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.MAIL;
    }

    @Override
    public DeliveryResult deliver(OutboundDelivery delivery) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return DeliveryResult.refused("E-mail is not configured", null, null);
        }
        Optional<String> address = users.email(delivery.recipient());
        if (address.isEmpty()) {
            return DeliveryResult.refused("No e-mail address for " + delivery.recipient(), null, null);
        }
        Optional<Letter> letter = letter(delivery);
        if (letter.isEmpty()) {
            return DeliveryResult.refused("Notice " + delivery.noticeId() + " is gone", null, null);
        }
        try {
            sender.send(message(sender, address.get(), letter.get(), delivery));
            return DeliveryResult.delivered(null, null);
        } catch (MailAuthenticationException e) {
            return DeliveryResult.refused(problem(e), null, null);
        } catch (MailException | MessagingException | IllegalStateException e) {
            return DeliveryResult.retry(problem(e), null, null);
        }
    }

    @Override
    public void onSent(OutboundDelivery delivery, Instant at) {
        if (delivery.noticeId() != null) {
            notices.emailed(delivery.noticeId(), at);
        }
    }

    @Override
    public void onFailed(OutboundDelivery delivery, String problem, boolean dead) {
        if (delivery.noticeId() != null) {
            notices.emailFailed(delivery.noticeId(), shorten(dead ? problem : problem + " (trying again)"));
        }
    }

    private Optional<Letter> letter(OutboundDelivery delivery) {
        if (delivery.noticeId() == null) {
            return Optional.of(new Letter(delivery.subject(), delivery.payload()));
        }
        return notices.findById(delivery.noticeId()).map(this::letter);
    }

    private Letter letter(NoticeRecord notice) {
        String text = notice.getLink() == null ? notice.getBody()
                : notice.getBody() + "\n\nOpen in Engine Room: " + links.link(notice.getLink());
        return new Letter(notice.getSubject(), text);
    }

    private MimeMessage message(JavaMailSender sender, String to, Letter letter, OutboundDelivery delivery)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        boolean withFile = delivery.attachment() != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, withFile, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(letter.subject());
        helper.setText(letter.text());
        if (withFile) {
            helper.addAttachment(delivery.attachmentName(), new ByteArrayResource(delivery.attachment()),
                    delivery.attachmentType());
        }
        // JavaMailSenderImpl keeps a Message-ID set before sending
        message.setHeader("Message-ID", "<delivery-" + delivery.id() + "@" + messageIdDomain + ">");
        return message;
    }

    private static String problem(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String shorten(String problem) {
        return problem.length() > 1000 ? problem.substring(0, 999) + "…" : problem;
    }

    private record Letter(String subject, String text) {
    }
}
