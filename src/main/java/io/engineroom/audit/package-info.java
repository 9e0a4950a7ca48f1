/**
 * History for auditors: searches, timelines, exports; read-only.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {"assist", "base", "base::ui", "brand", "identity",
        "workflow"})
package io.engineroom.audit;

import org.springframework.modulith.ApplicationModule;
