package io.engineroom.workflow.deployment;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a failed SOP deployment as what is wrong and how to fix it, instead of a stack trace. */
class SopDeploymentFailureAnalyzer extends AbstractFailureAnalyzer<SopDeploymentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SopDeploymentException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the file (open it in Camunda Modeler to see the problem in place) and start again.", cause);
    }
}
