/**
 * Incidents, severity, holding statements and the crisis SOP's delegates.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {
        "base",
        "base::ui",
        "brand",
        "content",
        "identity",
        "inbox",
        "notification",
        "publishing",
        "workflow",
        "workflow::countdown"})
package io.engineroom.crisis;

import org.springframework.modulith.ApplicationModule;
