package io.engineroom.workflow;

/** One reason an SOP file may not be deployed: the file, the element (its BPMN/DMN id, or null) and what is wrong. */
public record SopProblem(String resource, String elementId, String message) {

    @Override
    public String toString() {
        return resource + (elementId == null ? "" : ", element '" + elementId + "'") + ": " + message;
    }
}
