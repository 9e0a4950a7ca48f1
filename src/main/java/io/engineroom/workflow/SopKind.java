package io.engineroom.workflow;

/** What an SOP model is: a BPMN process or a DMN decision. */
public enum SopKind {
    PROCESS("BPMN"), DECISION("DMN");

    private final String label;

    SopKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
