package io.engineroom.workflow.deployment;

import java.util.Arrays;

/**
 * One SOP resource as read from disk. {@code name} is the resource name in Camunda: the folder's own name
 * plus the path inside it ({@code processes/content-approval.bpmn}), the same on every machine.
 */
record SopFile(String name, byte[] content) {

    boolean isForm() {
        return name.endsWith(".form");
    }

    boolean isBpmn() {
        return name.endsWith(".bpmn");
    }

    boolean sameContentAs(byte[] other) {
        return other != null && Arrays.equals(content, other);
    }
}
