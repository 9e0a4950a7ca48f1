/**
 * The Camunda engine's configuration, SOP deployment and lint, the task inbox read model and forms.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "brand", "identity"})
package io.engineroom.workflow;

import org.springframework.modulith.ApplicationModule;
