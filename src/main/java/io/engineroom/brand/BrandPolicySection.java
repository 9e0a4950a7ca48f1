package io.engineroom.brand;

import com.vaadin.flow.component.Component;

/**
 * One part of the Brand policies screen, contributed by the module that owns the policy (brand: pillars; inbox:
 * reply templates, spike rule, SLA targets; reporting: KPI targets) as a Spring bean, so the screen lives in the
 * brand module without the brand module depending on the others. Each section saves on its own, in one call of its
 * module's service, which checks who is asking ({@link BrandPolicyAccess}).
 */
public interface BrandPolicySection {

    /** The tab's title. */
    String title();

    /** Where the tab goes, lowest first. */
    int order();

    /** A new editor for one brand's policy; called once per brand chosen, on the UI's thread. */
    Component create(String brandId);
}
