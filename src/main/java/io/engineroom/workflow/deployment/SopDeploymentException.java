package io.engineroom.workflow.deployment;

/** An SOP file that cannot be deployed; the message names the file and the problem. */
public class SopDeploymentException extends RuntimeException {

    public SopDeploymentException(String message, Throwable cause) {
        super(message, cause);
    }

    public SopDeploymentException(String message) {
        super(message);
    }
}
