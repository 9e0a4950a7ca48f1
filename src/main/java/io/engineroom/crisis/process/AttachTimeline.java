package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.INCIDENT_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.TIMELINE;

import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.crisis.TimelineEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating "Post-crisis review": the incident's whole timeline goes with the task, as it stood when the
 * incident closed, so the review looks at what happened rather than at memories of it.
 */
@Component("attachTimeline")
class AttachTimeline implements TaskListener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final IncidentTimeline timeline;

    AttachTimeline(IncidentTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        StringBuilder text = new StringBuilder();
        for (TimelineEntry entry : timeline.entries(INCIDENT_ID.require(task))) {
            text.append(WHEN.format(entry.at())).append("  ").append(entry.who() == null ? "Engine Room" : entry.who())
                    .append(": ").append(entry.what()).append('\n');
        }
        TIMELINE.setLocal(task, text.toString());
    }
}
