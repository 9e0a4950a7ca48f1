/**
 * AI drafting with a person in the loop, off by default: a starting text for the caption on "Write copy" and for
 * the reply on "Respond" from an OpenAI-compatible chat endpoint, and the record of every suggestion (prompt, model,
 * output, who asked, and what the person submitted in the end) for auditors.
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
        "workflow"})
package io.engineroom.assist;

import org.springframework.modulith.ApplicationModule;
