/**
 * Influencer engagement: the brand's directory of creators and campaigns with them, run by the
 * influencer-engagement SOP (shortlist, vet with creator-vetting.dmn, outreach, contract, brief, the creator's draft
 * through content-approval, disclosure, live post, payment, performance review).
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "brand", "content", "identity", "workflow"})
package io.engineroom.influencer;

import org.springframework.modulith.ApplicationModule;
