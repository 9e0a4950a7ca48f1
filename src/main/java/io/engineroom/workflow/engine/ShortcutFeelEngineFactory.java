package io.engineroom.workflow.engine;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;

/**
 * Gives the decision engine a {@link ShortcutFeelEngine} over the FEEL engine Camunda would have made itself, with
 * the custom functions the engine's configuration holds when the decision engine is built (not when this factory
 * is: the process engine adds them in between).
 */
final class ShortcutFeelEngineFactory implements FeelEngineFactory {

    private final DefaultDmnEngineConfiguration decisions;

    ShortcutFeelEngineFactory(DefaultDmnEngineConfiguration decisions) {
        this.decisions = decisions;
    }

    @Override
    public FeelEngine createInstance() {
        return new ShortcutFeelEngine(new ScalaFeelEngineFactory(
                Objects.requireNonNullElse(decisions.getFeelCustomFunctionProviders(), List.of())).createInstance());
    }
}
