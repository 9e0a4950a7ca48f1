package io.engineroom.workflow;

import java.util.List;

/**
 * How one SOP key in the processes folder compares with its latest deployed version. {@code changes} go from the
 * folder's file to the deployed model (an element "added" is in the deployed model only), empty unless
 * {@link Status#DIFFERS}.
 */
public record DriftEntry(String key, SopKind kind, Status status, String folderFile, Integer deployedVersion,
        String deployedDefinitionId, List<ElementChange> changes, String problem) {

    public DriftEntry {
        changes = List.copyOf(changes);
    }

    public enum Status {
        IN_SYNC("in sync"),
        DIFFERS("deployed differs from folder"),
        NOT_IN_FOLDER("deployed but not in folder"),
        NOT_DEPLOYED("in folder but never deployed"),
        UNREADABLE("folder file cannot be read");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
