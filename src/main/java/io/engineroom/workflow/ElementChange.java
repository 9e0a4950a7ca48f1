package io.engineroom.workflow;

import java.util.List;

/**
 * One element that differs between two versions of an SOP model, by its BPMN/DMN id: added, removed, or changed
 * (its attributes, name, extension elements such as forms, candidate groups, timers, or its incoming and outgoing
 * flows; never its position in the diagram). {@code details} says what changed, one line per difference.
 */
public record ElementChange(String elementId, String type, String name, Kind kind, List<String> details) {

    public ElementChange {
        details = List.copyOf(details);
    }

    public enum Kind {
        ADDED("added"), REMOVED("removed"), CHANGED("changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
