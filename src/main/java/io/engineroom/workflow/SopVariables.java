package io.engineroom.workflow;

import static io.engineroom.workflow.SopVariable.text;

/**
 * The variables every SOP instance has, whatever its model: the engine's own plumbing (tenancy, the inbox) reads
 * them, so they are named here once and each SOP's variables class refers to them instead of naming them again.
 */
public final class SopVariables {

    /**
     * The brand the instance works for: written by whoever starts it (ContentService, IncidentService,
     * InteractionIntake, ...); read by BrandTenantIdProvider, which makes it the instance's tenant, and by delegates
     * that look up the brand's business hours.
     */
    public static final SopVariable<String> BRAND = text("brand");

    /**
     * What the work is called in the inbox: written by whoever starts the instance; read by InboxTaskListener,
     * InboxRebuild and TaskInbox (else the task's name) and shown read-only on the SOPs' forms.
     */
    public static final SopVariable<String> TITLE = text("title");

    private SopVariables() {
    }
}
