/**
 * Brands (Camunda tenants), their channels, business hours, pillars and retention.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "identity"})
package io.engineroom.brand;

import org.springframework.modulith.ApplicationModule;
