package io.engineroom.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the history holds about one SOP instance: header, the model with the path taken, the elements open
 * now and how often each ran, the timeline, the variable changes and the user operation log.
 */
public record InstanceHistory(InstanceSummary summary, String bpmnXml, Set<String> takenPath, Set<String> active,
        Map<String, Long> counts, List<TimelineStep> timeline, List<VariableChange> variableChanges,
        List<OperationEntry> operations) {
}
