package io.engineroom.crisis.process;

import io.engineroom.crisis.IncidentProgress;
import io.engineroom.crisis.IncidentSummary;
import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.notification.Notice;
import io.engineroom.notification.Notifications;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Send the notice": tells the person at the current rung by e-mail and in the app. The e-mail leaves
 * after the step commits; the acknowledgement task that follows is theirs alone.
 */
@Component("sendCrisisNotice")
class SendCrisisNotice implements JavaDelegate {

    private final Notifications notifications;
    private final IncidentProgress incidents;
    private final IncidentTimeline timeline;

    SendCrisisNotice(Notifications notifications, IncidentProgress incidents, IncidentTimeline timeline) {
        this.notifications = notifications;
        this.incidents = incidents;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long incidentId = (Long) execution.getVariable("incidentId");
        @SuppressWarnings("unchecked")
        List<String> ladder = (List<String>) execution.getVariable("ladder");
        String recipient = ladder.get((Integer) execution.getVariable("rung"));
        String role = (String) execution.getVariable("notifyRole");
        IncidentSummary incident = incidents.summary(incidentId);
        Object severity = execution.getVariable("severity");
        String subject = "Crisis (severity " + severity + ") for " + incident.brandId() + ": " + incident.title();
        String body = "You are on the notification chain of incident #" + incidentId + " as " + role + ".\n\n"
                + execution.getVariable("description") + "\n\nPlease acknowledge within "
                + Durations.spoken((String) execution.getVariable("ackWithin"))
                + "; otherwise the notice moves on to the next person.";
        long noticeId = notifications.send(new Notice(recipient, subject, body, "/incidents/" + incidentId,
                "incident:" + incidentId));
        execution.setVariableLocal("noticeTo", recipient);
        execution.setVariableLocal("noticeId", noticeId);
        timeline.record(incidentId, null, "Notice sent to " + recipient + " (" + role + ") by e-mail and in the app");
    }
}
