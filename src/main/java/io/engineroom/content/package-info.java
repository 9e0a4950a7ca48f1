/**
 * Content items, channel variants, the calendar and the content approval SOP's delegates.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base::ui", "brand", "identity", "notification", "publishing", "workflow"})
package io.engineroom.content;

import org.springframework.modulith.ApplicationModule;
