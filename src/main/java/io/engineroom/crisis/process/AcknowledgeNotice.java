package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.INCIDENT_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTICE_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTIFY_ROLE;

import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * User task "Acknowledge the crisis notice". On create the task carries its notice's id, so an acknowledgement
 * given in the app's notifications finds it; on complete the notice is acknowledged (once, whichever way came
 * first) and the timeline says who and when.
 */
@Component("acknowledgeNotice")
class AcknowledgeNotice implements TaskListener {

    private final Notifications notifications;
    private final IncidentTimeline timeline;

    AcknowledgeNotice(Notifications notifications, IncidentTimeline timeline) {
        this.notifications = notifications;
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        long noticeId = NOTICE_ID.require(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            NOTICE_ID.setLocal(task, noticeId);
            return;
        }
        notifications.acknowledgeFor(noticeId, task.getAssignee());
        timeline.record(INCIDENT_ID.require(task), task.getAssignee(),
                "Acknowledged the notice (" + NOTIFY_ROLE.get(task) + ")");
    }
}
