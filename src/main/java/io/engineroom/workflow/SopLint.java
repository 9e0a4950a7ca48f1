package io.engineroom.workflow;

import java.util.List;
import java.util.Map;

/**
 * The checks every SOP deployment must pass, whether it comes from the folders, Camunda Modeler or the SOPs screen:
 * the engine runs them before it stores anything, and the SOPs screen shows them before a person deploys.
 */
public interface SopLint {

    /** Every problem of one deployment's files (name to bytes: .bpmn, .dmn, .form); empty when it may deploy. */
    List<SopProblem> check(Map<String, byte[]> resources);
}
