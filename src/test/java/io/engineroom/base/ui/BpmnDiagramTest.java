package io.engineroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import elemental.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the server hands the browser element: the XML, and the path, active steps and counts as they change. */
class BpmnDiagramTest {

    private static final String XML = "<definitions id='d'/>";

    @Test
    void isTheBpmnJsElementWithTheXmlAndNothingMarkedYet() {
        BpmnDiagram diagram = new BpmnDiagram(XML);

        assertThat(diagram.getElement().getTag()).isEqualTo("er-bpmn-diagram");
        assertThat(diagram.getElement().getProperty("xml")).isEqualTo(XML);
        assertThat(json(diagram, "taken")).isEqualTo("[]");
        assertThat(json(diagram, "counts")).isEqualTo("{}");
        assertThat(diagram.bpmnXml()).isEqualTo(XML);
    }

    @Test
    void everyChangeReplacesWhatTheElementShows() {
        BpmnDiagram diagram = new BpmnDiagram(XML);

        diagram.showTakenPath(List.of("Task_B", "Flow_1", "Start"));
        diagram.showActive(List.of("Task_B"));
        diagram.showCounts(Map.of("Task_B", 2L, "Start", 1L));
        assertThat(json(diagram, "taken")).isEqualTo("[\"Flow_1\",\"Start\",\"Task_B\"]");
        assertThat(json(diagram, "active")).isEqualTo("[\"Task_B\"]");
        assertThat(json(diagram, "counts")).isEqualTo("{\"Start\":1,\"Task_B\":2}");

        diagram.showTakenPath(List.of("Start"));
        diagram.showActive(List.of());
        diagram.showCounts(Map.of("Start", 3L));
        assertThat(json(diagram, "taken")).isEqualTo("[\"Start\"]");
        assertThat(json(diagram, "active")).isEqualTo("[]");
        assertThat(json(diagram, "counts")).isEqualTo("{\"Start\":3}");
        assertThat(diagram.takenPath()).containsExactly("Start");
        assertThat(diagram.active()).isEmpty();
        assertThat(diagram.counts()).containsExactly(Map.entry("Start", 3L));
    }

    private static String json(BpmnDiagram diagram, String property) {
        Object raw = diagram.getElement().getPropertyRaw(property);
        return (raw instanceof JsonValue json ? json.toJson() : String.valueOf(raw)).replace(" ", "");
    }
}
