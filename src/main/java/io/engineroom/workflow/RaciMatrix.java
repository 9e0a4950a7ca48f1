package io.engineroom.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The RACI matrix of one SOP version: its steps (user tasks, in the model's order) by the roles that appear in any
 * column, and the warnings a reader must act on (a step nobody does, a step two roles claim to approve).
 * {@code RaciDerivation} explains how each column is read from the BPMN.
 */
public record RaciMatrix(String key, String name, int version, List<RaciStep> steps, List<String> warnings) {

    /** Every role with a letter in some step, in first-seen order (R before A before C before I within a step). */
    public List<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        for (RaciStep step : steps) {
            roles.addAll(step.responsible());
            roles.addAll(step.accountable());
            roles.addAll(step.consulted());
            roles.addAll(step.informed());
        }
        return new ArrayList<>(roles);
    }
}
