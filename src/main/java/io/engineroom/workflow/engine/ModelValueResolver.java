package io.engineroom.workflow.engine;

import java.beans.FeatureDescriptor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * What an SOP expression may do with a value once it has one: read an entry of a map, list or array, ask a
 * collection, map or text whether it contains something, how big or whether empty it is, and use the properties and
 * methods of Engine Room's {@link ModelBeans}. Anything else (a getter or method on the execution, a task, a service,
 * a class, a string) is refused with a reason, so a model that slipped past the SOP lint cannot walk from
 * {@code execution} to the engine's services or from {@code ''} to {@code java.lang.Runtime}. Nothing is written
 * through an expression.
 */
final class ModelValueResolver extends ELResolver {

    /** Side-effect free questions to a collection, map or text, as in {@code ${approvalStages.contains('legal')}}. */
    static final Set<String> READ_METHODS = Set.of("contains", "containsKey", "isEmpty", "size");

    private final ModelBeans beans;
    private final ELResolver beanProperties = new BeanELResolver(true);
    private final ELResolver maps = new MapELResolver(true);
    private final ELResolver lists = new ListELResolver(true);
    private final ELResolver arrays = new ArrayELResolver(true);

    ModelValueResolver(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        ELResolver reader = reader(base, property);
        return reader == null ? null : reader.getValue(context, base, property);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null) {
            return null;
        }
        String name = String.valueOf(method);
        if (beans.isModelBean(base) && !"getClass".equals(name)) {
            return beanProperties.invoke(context, base, method, paramTypes, params);
        }
        Object[] arguments = params == null ? new Object[0] : params;
        if (READ_METHODS.contains(name)) {
            Object answer = ask(base, name, arguments);
            if (answer != null) {
                context.setPropertyResolved(true);
                return answer;
            }
        }
        throw refused("call " + name + "(...) on", base);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        ELResolver reader = reader(base, property);
        return reader == null ? null : reader.getType(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null) {
            throw new PropertyNotWritableException("SOP expressions do not write values: '" + property + "'");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? null : Object.class;
    }

    /** The resolver that may read this property of this value; null for a name (base null) left to the others. */
    private ELResolver reader(Object base, Object property) {
        if (base == null) {
            return null;
        }
        if (beans.isModelBean(base) && !"class".equals(property)) {
            return beanProperties;
        }
        if (base instanceof Map) {
            return maps;
        }
        if (base instanceof java.util.List) {
            return lists;
        }
        if (base.getClass().isArray()) {
            return arrays;
        }
        throw refused("read '" + property + "' of", base);
    }

    /** The answer, or null when the value cannot answer this question. */
    private static Object ask(Object base, String method, Object[] arguments) {
        if (arguments.length == 0) {
            if (base instanceof Collection<?> collection) {
                return "size".equals(method) ? (Object) collection.size()
                        : "isEmpty".equals(method) ? (Object) collection.isEmpty() : null;
            }
            if (base instanceof Map<?, ?> map) {
                return "size".equals(method) ? (Object) map.size()
                        : "isEmpty".equals(method) ? (Object) map.isEmpty() : null;
            }
            if (base instanceof CharSequence text && "isEmpty".equals(method)) {
                return text.isEmpty();
            }
            return null;
        }
        if (arguments.length != 1) {
            return null;
        }
        Object argument = arguments[0];
        if (base instanceof Collection<?> collection && "contains".equals(method)) {
            return collection.contains(argument);
        }
        if (base instanceof Map<?, ?> map && "containsKey".equals(method)) {
            return map.containsKey(argument);
        }
        if (base instanceof CharSequence text && "contains".equals(method) && argument != null) {
            return text.toString().contains(argument.toString());
        }
        return null;
    }

    private static ELException refused(String what, Object base) {
        return new ELException("SOP expressions may not " + what + " a " + base.getClass().getName()
                + ": they read variables, maps and lists and use Engine Room's expression beans only");
    }
}
