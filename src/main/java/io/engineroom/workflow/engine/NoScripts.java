package io.engineroom.workflow.engine;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * No script language for the engine: a script task, listener, condition or mapping is code of the deployer's
 * choosing. The SOP lint refuses them; should one slip past it (a model deployed through Java), the engine finds no
 * engine for its language and the step fails instead of running it, even if a script engine lands on the classpath.
 */
final class NoScripts implements ScriptEngineResolver {

    // a manager that looks for engines nowhere: no class loader to discover them with
    private final ScriptEngineManager none = new ScriptEngineManager(new ClassLoader(null) {
    });

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        return none;
    }

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
        // nothing registers a language here: the point is to have none
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
        return null;
    }
}
