package io.engineroom.workflow;

import java.util.List;
import java.util.Map;

/**
 * The checks every SOP deployment must pass, whether it comes from the folders, Camunda Modeler or the SOPs screen:
 * the engine runs them before it stores anything, and the SOPs screen shows them before a person deploys.
 */
public interface SopLint {

    /** Every problem of one shared deployment's files (name to bytes: .bpmn, .dmn, .form); empty when it may deploy. */
    default List<SopProblem> check(Map<String, byte[]> resources) {
        return check(resources, null);
    }

    /**
     * Every problem of one deployment's files for a brand (null: the shared version). The brand matters where a model
     * refers to another one: a business rule task's decision must be in the deployment or live for that brand (its own
     * version, else the shared one).
     */
    List<SopProblem> check(Map<String, byte[]> resources, String brandId);
}
