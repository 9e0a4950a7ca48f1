package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;

import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.Notice;
import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.Notifications;
import io.engineroom.workflow.SopVariables;
import java.util.Set;
import java.util.TreeSet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Service task "Return to planning": the publish time passed before the piece was approved. The item goes back
 * to planning with a reason that says when and where it was stuck, so the next plan can fix that, and the people who
 * replan it hear of it: the brand's social managers and whoever wrote the brief, if they still belong to the brand.
 */
@Component("returnToPlanning")
class ReturnToPlanning implements JavaDelegate {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneId.of("UTC"));

    private final ContentService content;
    private final PieceFacts facts;
    private final Notifications notifications;
    private final UserDirectory users;

    ReturnToPlanning(ContentService content, PieceFacts facts, Notifications notifications, UserDirectory users) {
        this.content = content;
        this.facts = facts;
        this.notifications = notifications;
        this.users = users;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String when = PUBLISH_AT.findIfTyped(execution).map(date -> WHEN.format(date.toInstant()))
                .orElse("The publish time");
        long item = facts.item(execution);
        String brand = facts.brand(execution);
        String reason = when + " passed before the piece was approved; it was waiting at: " + waitingAt(execution);
        content.returnToPlanning(item, reason);
        String title = SopVariables.TITLE.findIfTyped(execution).orElse("Content item " + item);
        for (String person : toTell(execution, brand)) {
            notifications.send(new Notice(person, cut("Back to planning: " + title, 200),
                    cut(reason + ". Give it a new publish time on the calendar to start its approval again.", 4000),
                    "/calendar", execution.getProcessBusinessKey(), NoticeKind.BACK_TO_PLANNING, brand));
        }
    }

    /** The brand's active social managers, and the brief's writer while they still belong to the brand. */
    private Set<String> toTell(DelegateExecution execution, String brand) {
        Set<String> people = new TreeSet<>(users.membersWithRole(brand, Role.SOCIAL_MANAGER));
        execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(PieceFacts.WRITE_BRIEF)
                .finished().orderByHistoricTaskInstanceEndTime().desc().list().stream()
                .map(HistoricTaskInstance::getAssignee).filter(assignee -> assignee != null).findFirst()
                .filter(author -> users.load(author).map(user -> user.belongsTo(brand)).orElse(false))
                .ifPresent(people::add);
        people.removeIf(person -> !users.isActive(person));
        return people;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * The steps the deadline just cancelled. They are ended in this same transaction, and the engine writes that
     * to its history only when the transaction ends, so history still lists them as unfinished here.
     */
    private static String waitingAt(DelegateExecution execution) {
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        String open = history.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .unfinished().list().stream()
                .filter(task -> !"ChaseApproval".equals(task.getTaskDefinitionKey()))
                .map(ReturnToPlanning::describe).collect(Collectors.joining(", "));
        return open.isEmpty() ? "no open step" : open;
    }

    private static String describe(HistoricTaskInstance task) {
        return task.getName() + (task.getAssignee() == null ? " (unclaimed)" : " (claimed by " + task.getAssignee() + ")");
    }
}
