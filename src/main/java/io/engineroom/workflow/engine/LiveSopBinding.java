package io.engineroom.workflow.engine;

import io.engineroom.workflow.LiveSops;
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.DmnBusinessRuleTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.core.model.BaseCallableElement;
import org.camunda.bpm.engine.impl.core.model.BaseCallableElement.CallableElementBinding;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/**
 * Binds every business rule task that names its decision by key with the default binding (latest) to the brand's
 * live decision instead: the brand's own live version when one exists, else the shared live one
 * ({@link LiveSops#decision}). Camunda's "latest" would take a decision deployed a minute ago and still waiting for
 * review, and would look only in the calling definition's tenant, so a brand's own content-approval could not use
 * the shared approval-stages, nor the shared content-approval a brand's own approval-stages.
 *
 * <p>Call activities the same way, to the brand's live process ({@link LiveSops#process}): a brand's own
 * content-approval calls the shared market-localization, and the shared influencer-engagement calls the brand's own
 * content-approval when the brand has one.
 *
 * <p>Camunda keeps the task's decision reference in a protected field without an accessor; it is read once per
 * parsed task, and the reference object itself is changed through its public setters.
 */
class LiveSopBinding extends AbstractBpmnParseListener {

    private final Supplier<LiveSops> live;

    LiveSopBinding(Supplier<LiveSops> live) {
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
            reference.setVersionValueProvider(new LiveDefinition(reference, true, false));
            reference.setTenantIdProvider(new LiveDefinition(reference, false, false));
        }
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof CallableElementActivityBehavior behavior)
                || behavior.getCallableElement() == null) {
            return; // a called case (CMMN) is not an SOP here
        }
        BaseCallableElement reference = behavior.getCallableElement();
        if (reference.isLatestBinding() && reference.getTenantIdProvider() == null) {
            reference.setBinding(CallableElementBinding.VERSION);
            reference.setVersionValueProvider(new LiveDefinition(reference, true, true));
            reference.setTenantIdProvider(new LiveDefinition(reference, false, true));
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

    /** The version (or the tenant) of the live decision or process for the executing instance's brand. */
    private final class LiveDefinition implements ParameterValueProvider {

        private final BaseCallableElement reference;
        private final boolean version;
        private final boolean process;

        private LiveDefinition(BaseCallableElement reference, boolean version, boolean process) {
            this.reference = reference;
            this.version = version;
            this.process = process;
        }

        @Override
        public Object getValue(VariableScope scope) {
            String brand = scope instanceof DelegateExecution execution ? execution.getTenantId() : null;
            String key = reference.getDefinitionKey(scope);
            Optional<? extends ResourceDefinition> found = process ? live.get().process(key, brand)
                    : live.get().decision(key, brand);
            String kind = process ? "process" : "decision";
            ResourceDefinition definition = found.orElseThrow(() -> new ProcessEngineException("No live version of the "
                    + kind + " '" + key + "' for " + (brand == null ? "shared use" : brand)));
            return version ? definition.getVersion() : definition.getTenantId();
        }

        @Override
        public boolean isDynamic() {
            return true;
        }
    }
}
