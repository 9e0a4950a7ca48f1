/**
 * Telling people and tools: notices in the app and by e-mail as each person prefers (at once, daily digest, in-app),
 * and, through one outbox, e-mail, team chat messages and signed event webhooks. Other modules never depend on it
 * for chat and webhooks: they publish {@code base.TeamEvent}s, which it hears.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "brand", "identity", "workflow"})
package io.engineroom.notification;

import org.springframework.modulith.ApplicationModule;
