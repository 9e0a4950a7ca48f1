/**
 * Metrics, KPIs, dashboards and Excel reports.
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
        "influencer",
        "listening",
        "notification",
        "publishing",
        "workflow"})
package io.engineroom.reporting;

import org.springframework.modulith.ApplicationModule;
