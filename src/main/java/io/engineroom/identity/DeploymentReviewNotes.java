package io.engineroom.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Camunda Modeler's deployment answer adds about the deployment's review: a deployment through
 * {@code /engine-rest} is not live until another SOP owner approves it, and the person deploying should read that
 * in Modeler's own answer. Identity owns the REST boundary but knows nothing of SOP changes, so the module that
 * does (workflow) implements this and the boundary's answer filter asks it.
 */
public interface DeploymentReviewNotes {

    /** The note for a deployment Camunda just answered with, if it made (or is) an SOP change the caller sees. */
    Optional<Note> forDeployment(String deploymentId);

    /**
     * @param message one sentence for the person deploying ("Deployed, not live yet: ...")
     * @param status  the change's status name, e.g. {@code IN_REVIEW}
     * @param change  the change as JSON-ready values: {@code id}, {@code status}, and what else helps a client
     */
    record Note(String message, String status, Map<String, Object> change) {

        public Note {
            change = Collections.unmodifiableMap(new LinkedHashMap<>(change)); // in the order given
        }
    }
}
