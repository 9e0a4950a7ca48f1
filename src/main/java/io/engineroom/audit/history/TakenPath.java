package io.engineroom.audit.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The elements an instance passed: every activity, event and gateway the history has a row for, and the sequence
 * flows between them. Camunda's history has no rows for sequence flows (it records activity instances only), so a
 * flow is derived: it counts as taken when its source was left before its target was entered, that is some
 * instance of the source ended no later than some instance of the target started. Two flows joining the same two
 * elements by different routes would both look taken; the SOPs have no such pairs.
 */
public final class TakenPath {

    private TakenPath() {
    }

    /** The BPMN element id of an activity instance (a multi-instance body is shown on its activity). */
    public static String elementId(HistoricActivityInstance activity) {
        String id = activity.getActivityId();
        int body = id.indexOf("#multiInstanceBody");
        return body < 0 ? id : id.substring(0, body);
    }

    public static Set<String> of(BpmnModelInstance model, Collection<HistoricActivityInstance> activities) {
        Map<String, List<HistoricActivityInstance>> byElement = new HashMap<>();
        for (HistoricActivityInstance activity : activities) {
            byElement.computeIfAbsent(elementId(activity), id -> new ArrayList<>()).add(activity);
        }
        Set<String> taken = new LinkedHashSet<>(byElement.keySet());
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getSource() == null || flow.getTarget() == null) {
                continue;
            }
            List<HistoricActivityInstance> sources = byElement.getOrDefault(flow.getSource().getId(), List.of());
            List<HistoricActivityInstance> targets = byElement.getOrDefault(flow.getTarget().getId(), List.of());
            if (leftBeforeEntered(sources, targets)) {
                taken.add(flow.getId());
            }
        }
        return taken;
    }

    private static boolean leftBeforeEntered(List<HistoricActivityInstance> sources,
            List<HistoricActivityInstance> targets) {
        for (HistoricActivityInstance source : sources) {
            if (source.getEndTime() == null) {
                continue;
            }
            Instant left = source.getEndTime().toInstant();
            for (HistoricActivityInstance target : targets) {
                if (!target.getStartTime().toInstant().isBefore(left)) {
                    return true;
                }
            }
        }
        return false;
    }
}
