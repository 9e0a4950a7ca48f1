/**
 * Demo brands, people and simulated traffic; nothing depends on it.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {"base", "brand", "content", "identity", "inbox", "influencer", "reporting",
        "workflow"})
package io.engineroom.demo;

import org.springframework.modulith.ApplicationModule;
