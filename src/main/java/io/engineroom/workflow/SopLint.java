package io.engineroom.workflow;

import java.util.List;
import java.util.Map;

/**
 * TEMPORARY skeleton (the lint helper replaces this file): the checks every SOP deployment must pass, whether it
 * comes from the folders, Camunda Modeler or the SOPs screen.
 */
public interface SopLint {

    /** Every problem of one deployment's files (name to bytes: .bpmn, .dmn, .form); empty when it may deploy. */
    List<SopProblem> check(Map<String, byte[]> resources);
}
