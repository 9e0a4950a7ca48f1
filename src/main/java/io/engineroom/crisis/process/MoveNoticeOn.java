package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.ACK_WITHIN;
import static io.engineroom.crisis.CrisisCommunicationVariables.ANYONE_LEFT;
import static io.engineroom.crisis.CrisisCommunicationVariables.INCIDENT_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.LADDER;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTICE_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTICE_TO;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTIFY_ROLE;
import static io.engineroom.crisis.CrisisCommunicationVariables.RUNG;

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
        long incidentId = INCIDENT_ID.require(execution);
        String waited = Durations.spoken(ACK_WITHIN.require(execution));
        String silent = NOTICE_TO.get(execution);
        notifications.withdraw(NOTICE_ID.require(execution), "Not acknowledged within " + waited);
        List<String> ladder = LADDER.require(execution);
        int next = RUNG.require(execution) + 1;
        boolean anyoneLeft = next < ladder.size();
        RUNG.setLocal(execution, next);
        ANYONE_LEFT.setLocal(execution, anyoneLeft);
        String role = NOTIFY_ROLE.get(execution);
        timeline.record(incidentId, null, silent + " did not acknowledge within " + waited + "; "
                + (anyoneLeft ? "the notice moves on to " + ladder.get(next)
                        : "nobody else to tell as " + role + ": the " + role + " line is exhausted"));
    }
}
