package io.engineroom.workflow.engine;

import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.test.mock.MockElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Camunda's Spring expression manager with Engine Room's limits: a name in {@code ${...}} resolves to a variable
 * (or {@code execution}, {@code task}, as Camunda has it) or to one of the {@link ModelBeans}, never to another Spring
 * bean, and what an expression may do with a value is {@link ModelValueResolver}'s to say. Camunda's own
 * expressions (delegate expressions, timers, conditions, DMN) go through the same resolver.
 */
final class ModelExpressionManager extends SpringExpressionManager {

    private final ModelBeans modelBeans;

    ModelExpressionManager(ModelBeans modelBeans) {
        // with a beans map, Spring's manager never looks into the application context
        super(null, modelBeans.asMap());
        this.modelBeans = modelBeans;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        // Camunda's test mocks (Mocks.register), as in Camunda's own managers; empty outside tests
        resolver.add(new MockElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new ModelValueResolver(modelBeans));
        return resolver;
    }
}
