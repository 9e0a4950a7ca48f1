package io.engineroom.notification;

import io.engineroom.identity.PersonDeactivated;
import io.engineroom.identity.PersonDeactivated.ReleasedTask;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each social manager of a deactivated person's brands that the person is gone and which of their tasks of
 * that brand went back to the groups, so someone picks them up. After the deactivation commits, in a transaction of
 * its own; the event publication registry keeps the event until the notices are stored.
 */
@Component
class PeopleNotices {

    private final Notifications notifications;
    private final UserDirectory users;

    PeopleNotices(Notifications notifications, UserDirectory users) {
        this.notifications = notifications;
        this.users = users;
    }

    @ApplicationModuleListener
    void onDeactivated(PersonDeactivated deactivated) {
        Set<String> told = new LinkedHashSet<>();
        for (String brand : deactivated.brandIds().stream().sorted().toList()) {
            for (String manager : users.membersWithRole(brand, Role.SOCIAL_MANAGER)) {
                if (!manager.equals(deactivated.userId()) && told.add(manager)) {
                    notifications.send(notice(manager, deactivated, managedBy(manager, deactivated),
                            sharedBrand(manager, deactivated)));
                }
            }
        }
    }

    /** The released tasks of the brands this manager belongs to: the others are not theirs to see. */
    private List<ReleasedTask> managedBy(String manager, PersonDeactivated deactivated) {
        Set<String> brands = users.load(manager).map(user -> user.brands()).orElse(Set.of());
        return deactivated.releasedTasks().stream().filter(task -> brands.contains(task.brandId()))
                .sorted(Comparator.comparing(ReleasedTask::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The brand the notice concerns (its business hours decide when the e-mail goes): the one brand the manager and
     * the deactivated person share; none when they share several, as no one brand's hours then stand for all.
     */
    private String sharedBrand(String manager, PersonDeactivated deactivated) {
        Set<String> brands = users.load(manager).map(user -> user.brands()).orElse(Set.of());
        List<String> shared = deactivated.brandIds().stream().filter(brands::contains).distinct().toList();
        return shared.size() == 1 ? shared.get(0) : null;
    }

    private static Notice notice(String manager, PersonDeactivated deactivated, List<ReleasedTask> tasks,
            String brandId) {
        String who = deactivated.displayName() + " (" + deactivated.userId() + ")";
        String body = who + " was deactivated by " + deactivated.by() + " and can no longer sign in. "
                + (tasks.isEmpty() ? "They had no claimed tasks of your brands."
                        : "Their claimed tasks went back to their groups: " + tasks.stream()
                                .map(task -> Objects.requireNonNullElse(task.name(), task.taskId()) + " ("
                                        + task.brandId() + ")")
                                .collect(Collectors.joining(", ")) + ".");
        return new Notice(manager, shorten(who + " was deactivated"), shorten4000(body), "/",
                "person:" + deactivated.userId(), NoticeKind.PEOPLE, brandId);
    }

    private static String shorten(String subject) {
        return subject.length() > 200 ? subject.substring(0, 199) + "…" : subject;
    }

    private static String shorten4000(String body) {
        return body.length() > 4000 ? body.substring(0, 3999) + "…" : body;
    }
}
