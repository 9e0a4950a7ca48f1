package io.engineroom.workflow.lint;

import java.util.Set;

/**
 * What one deployment brings and for whom, as the checks of a single file need it: a model may use the forms and
 * decisions deployed with it, and the live decisions of the deployment's brand.
 *
 * @param brandId   the brand whose own version this deployment is, or null for the shared version
 * @param forms     the ids of the Camunda Forms in the deployment
 * @param decisions the ids of the DMN decisions in the deployment
 */
record DeploymentScope(String brandId, Set<String> forms, Set<String> decisions) {

    DeploymentScope {
        forms = Set.copyOf(forms);
        decisions = Set.copyOf(decisions);
    }
}
