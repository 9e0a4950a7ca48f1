package io.engineroom.notification;

import io.engineroom.support.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * One test person's mail on the tests' GreenMail, and time zones made to measure: a fixed offset at which the
 * application's clock reads a chosen local time now, so a test reaches 08:00 or 22:00 somewhere by moving the
 * clock a few minutes rather than hours.
 */
final class Mailbox {

    private static final int DAY = 24 * 3600;
    private static final int MAX_OFFSET = 18 * 3600;

    private Mailbox() {
    }

    /**
     * A fixed offset at which {@code now} reads {@code wanted} or up to a minute before it (offsets are whole
     * minutes).
     */
    static ZoneOffset whereItIs(LocalTime wanted, Instant now) {
        int difference = Math.floorMod(wanted.toSecondOfDay() - now.atOffset(ZoneOffset.UTC).toLocalTime()
                .toSecondOfDay(), DAY);
        if (difference > MAX_OFFSET) {
            difference -= DAY;
        }
        difference = Math.floorDiv(difference, 60) * 60;
        if (difference < -MAX_OFFSET) {
            difference += DAY;
        }
        return ZoneOffset.ofTotalSeconds(difference);
    }

    /** The mail that reached the person so far. */
    static List<MimeMessage> of(String userId) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(mail -> to(mail, userId)).toList();
    }

    /** The person's mail once there are at least {@code count}, waiting up to 10 s; what there is after that. */
    static List<MimeMessage> await(String userId, int count) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        List<MimeMessage> mails = of(userId);
        while (mails.size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            mails = of(userId);
        }
        return mails;
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean to(MimeMessage mail, String userId) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(userId + "@example.com"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
