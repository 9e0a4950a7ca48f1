package io.engineroom.workflow.engine;

import io.engineroom.workflow.SopExpressionBean;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The Spring beans a deployed SOP may name, in one place for the SOP lint and the engine: Engine Room's own
 * delegates and listeners ({@code camunda:delegateExpression="${recordBrief}"}) and the beans marked
 * {@link SopExpressionBean} ({@code ${sopTimings.reviewReminder}}). With Spring, Camunda otherwise resolves every
 * bean of the application from {@code ${...}}, so whoever deploys a model could call {@code userDirectory} or
 * {@code runtimeService} with no one signed in.
 * <p>
 * Computed once, on first use: by then every bean definition is registered, while the beans themselves may still
 * be under construction (the engine is built before the delegates that use its services), so types are read from
 * the definitions and beans fetched only when an expression names them.
 */
@Component
public class ModelBeans {

    private static final String OWN_PACKAGE = "io.engineroom.";

    private final ApplicationContext context;
    private volatile Names names;
    // the instances handed to the engine, so its expression resolver can tell our beans from any other object
    private final Set<Object> handedOut = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    public ModelBeans(ApplicationContext context) {
        this.context = context;
    }

    /** An Engine Room delegate or listener, which a model may run by {@code ${beanName}}. */
    public boolean isDelegate(String beanName) {
        return names().delegates.contains(beanName);
    }

    /** A bean marked {@link SopExpressionBean}, whose properties and methods expressions may use. */
    public boolean isExpressionBean(String beanName) {
        return names().expressionBeans.contains(beanName);
    }

    /** The expression beans' names, for the lint's messages. */
    public Set<String> expressionBeans() {
        return names().expressionBeans;
    }

    boolean isModelBean(Object value) {
        return value != null && handedOut.contains(value);
    }

    /** The beans as the read-only map Camunda resolves {@code ${name}} against; nothing is fetched until named. */
    Map<Object, Object> asMap() {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return key instanceof String name && (isDelegate(name) || isExpressionBean(name));
            }

            @Override
            public Object get(Object key) {
                return containsKey(key) ? bean((String) key) : null;
            }

            @Override
            public Set<Entry<Object, Object>> entrySet() {
                Map<Object, Object> all = new LinkedHashMap<>();
                names().delegates.forEach(name -> all.put(name, bean(name)));
                names().expressionBeans.forEach(name -> all.put(name, bean(name)));
                return Collections.unmodifiableMap(all).entrySet();
            }
        };
    }

    private Object bean(String name) {
        Object bean = context.getBean(name);
        handedOut.add(bean);
        return bean;
    }

    private Names names() {
        Names computed = names;
        if (computed == null) {
            synchronized (this) {
                if (names == null) {
                    names = compute();
                }
                computed = names;
            }
        }
        return computed;
    }

    private Names compute() {
        Set<String> delegates = new TreeSet<>();
        Set<String> expressionBeans = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name, false);
            if (type == null) {
                continue;
            }
            Class<?> own = ClassUtils.getUserClass(type);
            if (!own.getName().startsWith(OWN_PACKAGE)) {
                continue;
            }
            if (JavaDelegate.class.isAssignableFrom(own) || TaskListener.class.isAssignableFrom(own)
                    || ExecutionListener.class.isAssignableFrom(own)) {
                delegates.add(name);
            }
            if (AnnotatedElementUtils.hasAnnotation(own, SopExpressionBean.class)) {
                expressionBeans.add(name);
            }
        }
        return new Names(Collections.unmodifiableSet(delegates), Collections.unmodifiableSet(expressionBeans));
    }

    private record Names(Set<String> delegates, Set<String> expressionBeans) {
    }
}
