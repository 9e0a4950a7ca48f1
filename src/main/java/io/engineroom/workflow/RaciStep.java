package io.engineroom.workflow;

import java.util.Set;

/**
 * One step of an SOP with the roles in each RACI column (role = Camunda group id, as identity's {@code Roles}).
 * Sets keep the model's order so the screen and the export list roles the same way every time.
 */
public record RaciStep(String id, String name, Set<String> responsible, Set<String> accountable,
        Set<String> consulted, Set<String> informed) {

    /** The letters a role holds for this step ("RA", "C", ...), empty when it has no part in it. */
    public String letters(String role) {
        return (responsible.contains(role) ? "R" : "") + (accountable.contains(role) ? "A" : "")
                + (consulted.contains(role) ? "C" : "") + (informed.contains(role) ? "I" : "");
    }
}
