package io.engineroom.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TEMPORARY skeleton (the diagram helper replaces this file): a BPMN diagram drawn in the browser by bpmn-js, with
 * the path an instance took marked, counts per step and the steps active now.
 */
public class BpmnDiagram extends Div {

    private final String bpmnXml;
    private Set<String> takenPath = Set.of();
    private Set<String> active = Set.of();
    private Map<String, Long> counts = Map.of();

    public BpmnDiagram(String bpmnXml) {
        this.bpmnXml = bpmnXml;
    }

    /** Marks the elements (activities, events, gateways and sequence flows, by BPMN id) the instance passed. */
    public void showTakenPath(Collection<String> elementIds) {
        this.takenPath = Set.copyOf(elementIds);
    }

    /** Marks the elements where the instance waits now. */
    public void showActive(Collection<String> elementIds) {
        this.active = Set.copyOf(elementIds);
    }

    /** A badge on each element with how often it was passed (activities only). */
    public void showCounts(Map<String, Long> countsByElementId) {
        this.counts = Map.copyOf(countsByElementId);
    }

    public String bpmnXml() {
        return bpmnXml;
    }

    public Set<String> takenPath() {
        return takenPath;
    }

    public Set<String> active() {
        return active;
    }

    public Map<String, Long> counts() {
        return counts;
    }

    static List<String> sorted(Collection<String> ids) {
        return ids.stream().sorted().toList();
    }
}
