package io.engineroom.workflow.raci;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;

/**
 * The roles a DMN decision can name, for steps whose people a decision picks at run time (the crisis SOP's
 * notification chain: crisis-notification.dmn lists the roles to tell, the chain assigns one person of each). Read
 * from the decision table itself: every output entry that is a quoted role id. Other outputs (a severity, a
 * duration) are not roles and are left out by the known role ids.
 */
public final class DecisionRoles {

    /** For models read without their decisions (a test of one BPMN file): no decision names a role. */
    public static final DecisionRoles NONE = new DecisionRoles(key -> Optional.empty(), Set.of());

    private final Function<String, Optional<InputStream>> decisions;
    private final Set<String> roleIds;

    /**
     * @param decisions the DMN document of a decision key, empty when none is deployed; the stream is closed here
     * @param roleIds the known role ids (Camunda group ids)
     */
    public DecisionRoles(Function<String, Optional<InputStream>> decisions, Set<String> roleIds) {
        this.decisions = decisions;
        this.roleIds = Set.copyOf(roleIds);
    }

    /** The role ids the decision's outputs can name, in the table's order; empty for an unknown decision. */
    public Set<String> named(String decisionKey) {
        Set<String> roles = new LinkedHashSet<>();
        decisions.apply(decisionKey).ifPresent(stream -> {
            try (InputStream in = stream) {
                DmnModelInstance model = Dmn.readModelFromStream(in);
                for (OutputEntry entry : model.getModelElementsByType(OutputEntry.class)) {
                    String text = entry.getText() == null ? "" : entry.getText().getTextContent().strip();
                    if (text.length() > 2 && text.startsWith("\"") && text.endsWith("\"")) {
                        String value = text.substring(1, text.length() - 1);
                        if (roleIds.contains(value)) {
                            roles.add(value);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return roles;
    }
}
