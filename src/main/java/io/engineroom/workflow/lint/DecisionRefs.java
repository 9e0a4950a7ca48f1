package io.engineroom.workflow.lint;

import io.engineroom.workflow.SopProblem;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * A business rule task's decision must exist where the task will look for it, or the SOP fails at that step with a
 * running instance in hand. The engine resolves a decision named by key (latest binding) to the brand's live
 * version, else the shared live one ({@code workflow.LiveSops}), so a brand's deployment may use its own decisions
 * and the shared ones, a shared deployment the shared ones only; a decision deployed with the model counts too (it
 * goes live with it). {@code deployment} binding looks in the same deployment only. Decisions named by an
 * expression are resolved at run time and not checked here.
 */
final class DecisionRefs {

    private DecisionRefs() {
    }

    /** The decision ids of a DMN file; none when it does not parse (the DMN checks report that). */
    static Set<String> decisionIds(byte[] content) {
        try {
            return Dmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Decision.class)
                    .stream().map(Decision::getId).filter(id -> id != null && !id.isBlank())
                    .collect(Collectors.toSet());
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    static void check(String resource, BusinessRuleTask task, DeploymentScope scope, LintEnvironment environment,
            List<SopProblem> problems) {
        String key = task.getCamundaDecisionRef();
        if (Expressions.isBlank(key) || Expressions.isExpression(key)) {
            return;
        }
        key = key.trim();
        if (scope.decisions().contains(key)) {
            return;
        }
        if ("deployment".equals(task.getCamundaDecisionRefBinding())) {
            problems.add(new SopProblem(resource, task.getId(), "decision '" + key + "' is bound by deployment but"
                    + " is not in this deployment: deploy its .dmn with the model"));
            return;
        }
        String tenant = task.getCamundaDecisionRefTenantId();
        // a literal decisionRefTenantId is where the engine looks; an expression is known only at run time
        String brand = Expressions.isBlank(tenant) ? scope.brandId() : Expressions.isExpression(tenant) ? null
                : tenant.trim();
        if (Expressions.isExpression(tenant) || environment.decisionLive(key, brand)) {
            return;
        }
        problems.add(new SopProblem(resource, task.getId(), "decision '" + key + "' is not live "
                + (brand == null ? "as a shared decision" : "for " + brand + " nor shared")
                + " and not in this deployment: deploy its .dmn with the model, or wait until its own change is"
                + " approved"));
    }
}
