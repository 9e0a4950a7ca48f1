package io.engineroom.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails an invitation or reset link once the change that issued it has committed (a refused invitation mails
 * nobody), when e-mail is configured. It uses the notices' mail settings ({@code engineroom.mail.from} and
 * {@code app-url}, read by key: identity must not depend on the notification module that owns them). A mail that
 * fails is logged, never thrown: the link was shown to whoever issued it, who can pass it on.
 */
@Component
class AccountLinkMail {

    private static final Logger log = LoggerFactory.getLogger(AccountLinkMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final String appUrl;

    AccountLinkMail(ObjectProvider<JavaMailSender> senders,
            @Value("${engineroom.mail.from:engine-room@localhost}") String from,
            @Value("${engineroom.mail.app-url:http://localhost:8080}") String appUrl) {
        this.senders = senders;
        this.from = from;
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
    }

    /** The whole link for a path such as {@code /invitation/abc}. */
    String url(String path) {
        return appUrl + path;
    }

    /** Whether a mail would be sent at all. */
    boolean configured() {
        return senders.getIfAvailable() != null;
    }

    void sendAfterCommit(String to, String subject, String text) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        Runnable send = () -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not e-mail '{}' to {}: {}", subject, to, e.getMessage());
            }
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send.run();
            }
        });
    }
}
