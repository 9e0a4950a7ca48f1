package io.engineroom.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A BPMN diagram drawn in the browser by bpmn-js (its read-only NavigatedViewer: pan with the mouse, zoom with the
 * wheel), with the path an instance took marked, the steps active now marked and a count badge per step.
 *
 * <p>The browser side is the custom element {@code er-bpmn-diagram} in {@code src/main/frontend/bpmn-diagram.js}.
 * What it promises to browser tests: the element gets {@code data-rendered="true"} once the diagram is drawn, or
 * {@code data-error} with bpmn-js' message (also shown as text) when the XML cannot be imported; each taken element's
 * {@code g.djs-element[data-element-id]} has the class {@code er-taken}, each active one {@code er-active}; each count
 * is an overlay {@code .er-count[data-element-id]} whose text is the number.
 *
 * <p>Adding an npm package means Vaadin needs its own development bundle: it is committed in
 * {@code src/main/bundles/dev.bundle}, so {@code ./mvnw} runs without Node.js until a frontend dependency changes.
 */
@Tag("er-bpmn-diagram")
@NpmPackage(value = "bpmn-js", version = BpmnDiagram.BPMN_JS_VERSION)
@JsModule("./bpmn-diagram.js")
public class BpmnDiagram extends Div {

    /** Changing it changes the frontend build: Vaadin then builds a new dev bundle (needs Node.js), commit it. */
    static final String BPMN_JS_VERSION = "18.31.1";

    private final String bpmnXml;
    private Set<String> takenPath = Set.of();
    private Set<String> active = Set.of();
    private Map<String, Long> counts = Map.of();

    public BpmnDiagram(String bpmnXml) {
        this.bpmnXml = bpmnXml;
        // the viewer fits the diagram into the element, so the element needs a size of its own; callers may change it
        setWidthFull();
        setHeight("28rem");
        getElement().setProperty("xml", bpmnXml == null ? "" : bpmnXml);
        getElement().setPropertyList("taken", List.of());
        getElement().setPropertyList("active", List.of());
        getElement().setPropertyMap("counts", Map.of());
    }

    /** Marks the elements (activities, events, gateways and sequence flows, by BPMN id) the instance passed. */
    public void showTakenPath(Collection<String> elementIds) {
        this.takenPath = Set.copyOf(elementIds);
        getElement().setPropertyList("taken", sorted(takenPath));
    }

    /** Marks the elements where the instance waits now. */
    public void showActive(Collection<String> elementIds) {
        this.active = Set.copyOf(elementIds);
        getElement().setPropertyList("active", sorted(active));
    }

    /** A badge on each element with how often it was passed (activities only). */
    public void showCounts(Map<String, Long> countsByElementId) {
        this.counts = Map.copyOf(countsByElementId);
        getElement().setPropertyMap("counts", new TreeMap<>(counts));
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
