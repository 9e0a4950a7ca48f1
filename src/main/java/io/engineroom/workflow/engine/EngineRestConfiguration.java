package io.engineroom.workflow.engine;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API ({@code /engine-rest}) as shipped, except for how refusals are reported: a refusal raised
 * inside the engine by one of Engine Room's listeners keeps its meaning (403, 400) instead of becoming a 500.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    private static final Set<Class<?>> REPLACED = Set.of(RestExceptionHandler.class,
            ProcessEngineExceptionHandler.class);

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(CamundaRestResources.getConfigurationClasses().stream()
                .filter(type -> !REPLACED.contains(type)).collect(Collectors.toSet()));
        register(EngineRefusals.RestExceptions.class);
        register(EngineRefusals.EngineExceptions.class);
        register(JacksonFeature.class);
    }
}
