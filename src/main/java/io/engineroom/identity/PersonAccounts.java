package io.engineroom.identity;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.identity.PeopleAccess.Asker;
import io.engineroom.identity.PersonDeactivated.ReleasedTask;
import io.engineroom.identity.PersonRecords.Person;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's account, for whoever manages them on the People screen ({@link PeopleAccess}): deactivate (they can
 * no longer sign in; their claimed tasks go back to their groups and the brands' social managers hear of it),
 * reactivate, and a one-time password reset link. Nobody deactivates themselves: the last admin could lock
 * everyone out.
 */
@Service
public class PersonAccounts {

    private final PeopleAccess access;
    private final PersonRecords records;
    private final AccountLinks links;
    private final TaskService taskService;
    private final EngineIdentity engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonAccounts(PeopleAccess access, PersonRecords records, AccountLinks links, TaskService taskService,
            EngineIdentity engine, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.records = records;
        this.links = links;
        this.taskService = taskService;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Deactivates the person: refused at sign-in from now on, their open links end, and every open task assigned to
     * them is unassigned (it stays with its candidate groups), all in one transaction.
     *
     * @return the tasks that went back to their groups
     */
    @Transactional
    public List<ReleasedTask> deactivate(String userId) {
        Asker asker = access.asker();
        Person person = manageable(asker, userId);
        if (userId.equals(asker.id())) {
            throw new InvalidInput("userId", "You cannot deactivate yourself");
        }
        if (!person.active()) {
            throw new InvalidInput("userId", userId + " is deactivated already");
        }
        Instant now = clock.instant();
        records.deactivate(userId, asker.id(), now);
        links.endAll(userId);
        List<ReleasedTask> released = engine.asSystem(() -> {
            List<ReleasedTask> tasks = new ArrayList<>();
            for (Task task : taskService.createTaskQuery().taskAssignee(userId).list()) {
                taskService.setAssignee(task.getId(), null);
                tasks.add(new ReleasedTask(task.getId(), task.getName(), task.getTenantId()));
            }
            return tasks;
        });
        events.publishEvent(new AdminChange("person", userId, null, "deactivated", asker.id(), now,
                Map.of("Active", "yes"), Map.of("Active", "no", "Tasks given back to their groups",
                        String.valueOf(released.size()))));
        events.publishEvent(new PersonDeactivated(userId, displayName(person), person.brands(), released,
                asker.id(), now));
        return released;
    }

    /** Lets a deactivated person sign in again; their tasks stay where they went. */
    @Transactional
    public void reactivate(String userId) {
        Asker asker = access.asker();
        Person person = manageable(asker, userId);
        if (person.active()) {
            throw new InvalidInput("userId", userId + " is active already");
        }
        records.reactivate(userId);
        events.publishEvent(new AdminChange("person", userId, null, "reactivated", asker.id(), clock.instant(),
                Map.of("Active", "no"), Map.of("Active", "yes")));
    }

    /**
     * Issues a one-time link for the person to choose a new password (shown once to the asker, and mailed to the
     * person when e-mail is configured); their current password keeps working until the link is used.
     */
    @Transactional
    public IssuedLink resetPassword(String userId) {
        Asker asker = access.asker();
        Person person = manageable(asker, userId);
        if (!person.active()) {
            throw new InvalidInput("userId", userId + " is deactivated: reactivate them first");
        }
        IssuedLink link = links.issue(userId, LinkPurpose.PASSWORD_RESET, asker.id(), person.user().getEmail());
        events.publishEvent(new AdminChange("person", userId, null, "password reset", asker.id(), clock.instant(),
                Map.of(), Map.of("Password reset link", "(issued)")));
        return link;
    }

    private Person manageable(Asker asker, String userId) {
        Person person = records.find(userId).filter(found -> asker.sees(found.brands()))
                .orElseThrow(() -> new AccessDeniedException("No person " + userId + " you may manage"));
        asker.requireChangeAccount(userId, person.brands(), person.roles());
        return person;
    }

    private static String displayName(Person person) {
        String name = ((person.user().getFirstName() == null ? "" : person.user().getFirstName()) + " "
                + (person.user().getLastName() == null ? "" : person.user().getLastName())).trim();
        return name.isEmpty() ? person.user().getId() : name;
    }
}
