package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.ACK_WITHIN;
import static io.engineroom.crisis.CrisisCommunicationVariables.DESCRIPTION;
import static io.engineroom.crisis.CrisisCommunicationVariables.INCIDENT_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.LADDER;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTICE_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTICE_TO;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTIFY_ROLE;
import static io.engineroom.crisis.CrisisCommunicationVariables.RUNG;
import static io.engineroom.crisis.CrisisCommunicationVariables.SEVERITY;

import io.engineroom.crisis.IncidentProgress;
import io.engineroom.crisis.IncidentSummary;
import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.notification.Notice;
import io.engineroom.notification.NoticeKind;
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
        long incidentId = INCIDENT_ID.require(execution);
        List<String> ladder = LADDER.require(execution);
        String recipient = ladder.get(RUNG.require(execution));
        String role = NOTIFY_ROLE.get(execution);
        IncidentSummary incident = incidents.summary(incidentId);
        Integer severity = SEVERITY.get(execution);
        String subject = "Crisis (severity " + severity + ") for " + incident.brandId() + ": " + incident.title();
        String body = "You are on the notification chain of incident #" + incidentId + " as " + role + ".\n\n"
                + DESCRIPTION.get(execution) + "\n\nPlease acknowledge within "
                + Durations.spoken(ACK_WITHIN.require(execution))
                + "; otherwise the notice moves on to the next person.";
        long noticeId = notifications.send(new Notice(recipient, subject, body, "/incidents/" + incidentId,
                "incident:" + incidentId, NoticeKind.CRISIS, incident.brandId()));
        NOTICE_TO.setLocal(execution, recipient);
        NOTICE_ID.setLocal(execution, noticeId);
        timeline.record(incidentId, null, "Notice sent to " + recipient + " (" + role + ") by e-mail and in the app");
    }
}
