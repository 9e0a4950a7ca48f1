package io.engineroom.notification;

import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.workflow.SopChangeDecided;
import io.engineroom.workflow.SopChangeStatus;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever proposed an SOP change what became of it: approved and live, rejected with the reviewer's comment
 * (it stays suspended), or activated at once by an administrator with their reason. A change Engine Room deployed
 * from the SOP folder at start-up has nobody who proposed it, so every administrator is told instead. Nobody is told
 * of their own decision. After the decision commits, in a transaction of its own; the event publication registry
 * keeps the event until the notices are stored.
 */
@Component
class SopChangeNotices {

    /** Where SOP owners read their SOPs' versions and changes. */
    static final String LINK = "/sops";

    private final Notifications notifications;
    private final UserDirectory users;

    SopChangeNotices(Notifications notifications, UserDirectory users) {
        this.notifications = notifications;
        this.users = users;
    }

    @ApplicationModuleListener
    void onDecided(SopChangeDecided decided) {
        if (decided.status() != SopChangeStatus.APPROVED && decided.status() != SopChangeStatus.REJECTED
                && decided.status() != SopChangeStatus.EMERGENCY) {
            return;
        }
        for (String recipient : recipients(decided)) {
            notifications.send(notice(recipient, decided));
        }
    }

    private List<String> recipients(SopChangeDecided decided) {
        List<String> told = decided.proposedBy() != null ? List.of(decided.proposedBy())
                : users.withRole(Role.ADMIN);
        return told.stream().filter(user -> !user.equals(decided.decidedBy())).filter(users::isActive).toList();
    }

    static Notice notice(String recipient, SopChangeDecided decided) {
        String whose = decided.proposedBy() == null ? "The SOP change Engine Room deployed at start-up"
                : "Your SOP change";
        String what = decided.summary() + " for " + (decided.brandId() == null ? "all brands without their own"
                : decided.brandId());
        String comment = decided.comment() == null || decided.comment().isBlank() ? "" : decided.comment().strip();
        String subject;
        String body;
        switch (decided.status()) {
            case APPROVED -> {
                subject = whose + " is live: " + decided.summary();
                body = decided.decidedBy() + " approved " + what + ". It is live: new work follows it now."
                        + (comment.isEmpty() ? "" : " Their comment: " + comment);
            }
            case REJECTED -> {
                subject = whose + " was rejected: " + decided.summary();
                body = decided.decidedBy() + " rejected " + what + ". It stays suspended and changes nothing. "
                        + "Their comment: " + comment;
            }
            default -> {
                subject = whose + " was activated at once: " + decided.summary();
                body = "Administrator " + decided.decidedBy() + " activated " + what + " at once, without waiting "
                        + "for its review. Their reason: " + comment;
            }
        }
        return new Notice(recipient, cut(subject, 200), cut(body, 4000), LINK, "sop-change:" + decided.changeId(),
                NoticeKind.SOP_CHANGE, decided.brandId());
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
