package io.engineroom.workflow.engine;

import io.engineroom.workflow.SopVariables;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * SOP definitions are shared by all brands; each process instance belongs to the brand named by its
 * {@code brand} variable ({@link SopVariables#BRAND}), which becomes its Camunda tenant id. A signed-in person may only start
 * work for a brand they belong to.
 */
public class BrandTenantIdProvider implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        String brandId = ctx.getVariables() == null ? null : SopVariables.BRAND.from(ctx.getVariables());
        if (brandId == null) {
            return null;
        }
        requireMembership(brandId);
        return brandId;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        if (ctx.getExecution() != null) {
            return ctx.getExecution().getTenantId();
        }
        return null;
    }

    private static void requireMembership(String brandId) {
        CommandContext commandContext = Context.getCommandContext();
        Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return; // the system itself: start-up, timers, demo data
        }
        if (authentication.getTenantIds() == null || !authentication.getTenantIds().contains(brandId)) {
            throw new AuthorizationException("User '" + authentication.getUserId()
                    + "' does not belong to brand '" + brandId + "' and cannot start its work");
        }
    }
}
