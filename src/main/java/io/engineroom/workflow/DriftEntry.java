package io.engineroom.workflow;

import java.util.List;

/**
 * How one SOP key in the processes folder compares with what runs. The folder holds the shared version, so its
 * comparison is with the shared live version ({@link Status#IN_SYNC}, {@link Status#DIFFERS}, ...); a brand's own
 * live version is not drift and comes as an entry of its own ({@link Status#BRAND_VERSION}), as does a version still
 * waiting for review ({@link Status#IN_REVIEW}). {@code changes} go from the folder's file to the deployed model (an
 * element "added" is in the deployed model only), empty without a folder file or when they are equal.
 *
 * @param brandId   the brand whose own version the entry is about; null for the shared version
 * @param brandName that brand's name, for people; null for the shared version
 * @param changeId  the SOP change a version waiting for review belongs to; null otherwise
 */
public record DriftEntry(String key, SopKind kind, Status status, String folderFile, Integer deployedVersion,
        String deployedDefinitionId, List<ElementChange> changes, String problem, String brandId, String brandName,
        Long changeId) {

    public DriftEntry {
        changes = List.copyOf(changes);
    }

    /** An entry about the shared version. */
    public DriftEntry(String key, SopKind kind, Status status, String folderFile, Integer deployedVersion,
            String deployedDefinitionId, List<ElementChange> changes, String problem) {
        this(key, kind, status, folderFile, deployedVersion, deployedDefinitionId, changes, problem, null, null, null);
    }

    public boolean shared() {
        return brandId == null;
    }

    /** One line for people: "Bean &amp; Leaf runs its own v2", "v5 waits for review (SOP change 12)", "in sync". */
    public String summary() {
        String whose = brandName != null ? brandName : brandId;
        return switch (status) {
            case BRAND_VERSION -> whose + " runs its own v" + deployedVersion;
            case IN_REVIEW -> (shared() ? "shared" : whose + "'s own") + " v" + deployedVersion
                    + " waits for review" + (changeId == null ? "" : " (SOP change " + changeId + ")");
            default -> status.label();
        };
    }

    public enum Status {
        IN_SYNC("in sync"),
        DIFFERS("deployed differs from folder"),
        NOT_IN_FOLDER("deployed but not in folder"),
        NOT_DEPLOYED("in folder but never deployed"),
        UNREADABLE("folder file cannot be read"),
        /** A brand runs its own live version of the key: chosen for that brand, not drift. */
        BRAND_VERSION("a brand's own version"),
        /** A version deployed and waiting for its review: not running yet. */
        IN_REVIEW("waits for review");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
