package io.engineroom.workflow.engine;

import io.engineroom.workflow.LiveSops;
import java.lang.reflect.Field;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.DmnBusinessRuleTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.core.model.BaseCallableElement;
import org.camunda.bpm.engine.impl.core.model.BaseCallableElement.CallableElementBinding;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * Binds every business rule task that names its decision by key with the default binding (latest) to the brand's
 * live decision instead: the brand's own live version when one exists, else the shared live one
 * ({@link LiveSops#decision}). Camunda's "latest" would take a decision deployed a minute ago and still waiting for
 * review, and would look only in the calling definition's tenant, so a brand's own content-approval could not use
 * the shared approval-stages, nor the shared content-approval a brand's own approval-stages.
 *
 * <p>Camunda keeps the task's decision reference in a protected field without an accessor; it is read once per
 * parsed task, and the reference object itself is changed through its public setters.
 */
class LiveDecisionBinding extends AbstractBpmnParseListener {

    private final Supplier<LiveSops> live;

    LiveDecisionBinding(Supplier<LiveSops> live) {
        this.live = live;
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof DmnBusinessRuleTaskActivityBehavior behavior)) {
            return;
        }
        BaseCallableElement reference = reference(behavior);
        if (reference.isLatestBinding() && reference.getTenantIdProvider() == null) {
            reference.setBinding(CallableElementBinding.VERSION);
            reference.setVersionValueProvider(new LiveDecision(reference, true));
            reference.setTenantIdProvider(new LiveDecision(reference, false));
        }
    }

    private static BaseCallableElement reference(DmnBusinessRuleTaskActivityBehavior behavior) {
        try {
            Field field = DmnBusinessRuleTaskActivityBehavior.class.getDeclaredField("callableElement");
            field.setAccessible(true);
            return (BaseCallableElement) field.get(behavior);
        } catch (ReflectiveOperationException e) {
            throw new ProcessEngineException("Cannot bind business rule tasks to live decisions on this Camunda "
                    + "version", e);
        }
    }

    /** The version (or the tenant) of the live decision for the executing instance's brand. */
    private final class LiveDecision implements ParameterValueProvider {

        private final BaseCallableElement reference;
        private final boolean version;

        private LiveDecision(BaseCallableElement reference, boolean version) {
            this.reference = reference;
            this.version = version;
        }

        @Override
        public Object getValue(VariableScope scope) {
            String brand = scope instanceof DelegateExecution execution ? execution.getTenantId() : null;
            String key = reference.getDefinitionKey(scope);
            DecisionDefinition decision = live.get().decision(key, brand).orElseThrow(() ->
                    new ProcessEngineException("No live version of the decision '" + key + "' for "
                            + (brand == null ? "shared use" : brand)));
            return version ? decision.getVersion() : decision.getTenantId();
        }

        @Override
        public boolean isDynamic() {
            return true;
        }
    }
}
