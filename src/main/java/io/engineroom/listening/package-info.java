/**
 * Social listening: the keywords, hashtags and competitor accounts a brand tracks in public conversation, the
 * public posts found for them (with sentiment), share of voice, and negative spikes raised as crisis signals.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {
        "base",
        "base::ui",
        "brand",
        "identity",
        "inbox"})
package io.engineroom.listening;

import org.springframework.modulith.ApplicationModule;
