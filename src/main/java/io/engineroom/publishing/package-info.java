/**
 * Channel connectors, publishing attempts, freezes.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {"base", "brand", "identity", "workflow"})
package io.engineroom.publishing;

import org.springframework.modulith.ApplicationModule;
