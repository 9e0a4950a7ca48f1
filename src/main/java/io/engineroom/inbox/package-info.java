/**
 * Interactions: intake API, classification, SLA policy, replies, moderation.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {
        "base",
        "base::ui",
        "brand",
        "identity",
        "notification",
        "publishing",
        "workflow",
        "workflow::countdown"})
package io.engineroom.inbox;

import org.springframework.modulith.ApplicationModule;
