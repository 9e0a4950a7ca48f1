/**
 * Notices in the app and by mail.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "brand", "identity", "workflow"})
package io.engineroom.notification;

import org.springframework.modulith.ApplicationModule;
