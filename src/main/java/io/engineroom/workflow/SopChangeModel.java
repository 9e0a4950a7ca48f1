package io.engineroom.workflow;

import java.util.List;

/**
 * One model of an SOP change: the process or decision definition it deployed, the version it replaces for its
 * brand (null when it is the key's first version there) and the element diff against that version, as computed
 * when the change was proposed.
 *
 * @param replacesBrandId the brand whose own version is replaced, or null when it replaces the shared version
 */
public record SopChangeModel(String definitionId, SopKind kind, String key, String name, int version,
        String replacesDefinitionId, Integer replacesVersion, String replacesBrandId, List<ElementChange> changes) {

    public SopChangeModel {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** "content-approval v4 (replaces shared v3)". */
    public String label() {
        String replaces = replacesVersion == null ? "new"
                : "replaces " + (replacesBrandId == null ? "shared" : replacesBrandId) + " v" + replacesVersion;
        return key + " v" + version + " (" + replaces + ")";
    }
}
