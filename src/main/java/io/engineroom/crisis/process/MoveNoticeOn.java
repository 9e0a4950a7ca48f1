package io.engineroom.crisis.process;

import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.notification.Notifications;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Move the notice on": nobody acknowledged in time. The notice is withdrawn from that person (kept,
 * marked) and the next one in line is told; when the line is used up the timeline says so plainly.
 */
@Component("moveNoticeOn")
class MoveNoticeOn implements JavaDelegate {

    private final Notifications notifications;
    private final IncidentTimeline timeline;

    MoveNoticeOn(Notifications notifications, IncidentTimeline timeline) {
        this.notifications = notifications;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long incidentId = (Long) execution.getVariable("incidentId");
        String waited = Durations.spoken((String) execution.getVariable("ackWithin"));
        String silent = (String) execution.getVariable("noticeTo");
        notifications.withdraw((Long) execution.getVariable("noticeId"), "Not acknowledged within " + waited);
        @SuppressWarnings("unchecked")
        List<String> ladder = (List<String>) execution.getVariable("ladder");
        int next = (Integer) execution.getVariable("rung") + 1;
        boolean anyoneLeft = next < ladder.size();
        execution.setVariableLocal("rung", next);
        execution.setVariableLocal("anyoneLeft", anyoneLeft);
        String role = (String) execution.getVariable("notifyRole");
        timeline.record(incidentId, null, silent + " did not acknowledge within " + waited + "; "
                + (anyoneLeft ? "the notice moves on to " + ladder.get(next)
                        : "nobody else to tell as " + role + ": the " + role + " line is exhausted"));
    }
}
