package io.engineroom.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Stands in for the {@code ${tellTaskPeople}} listener in process tests on a standalone engine: records which task
 * was created with which kind of notice (its extension property {@code notice}), as {@code "HandleBreach:sla-breach"}.
 */
public final class ToldTasks implements TaskListener {

    private final List<String> told = new CopyOnWriteArrayList<>();

    @Override
    public void notify(DelegateTask task) {
        var extensions = task.getBpmnModelElementInstance().getExtensionElements();
        String kind = extensions == null ? null : extensions.getElementsQuery().filterByType(CamundaProperties.class)
                .list().stream().flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> "notice".equals(property.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
        told.add(task.getTaskDefinitionKey() + ":" + kind);
    }

    /** Every task told so far, in order, as {@code taskKey:kind}. */
    public List<String> told() {
        return List.copyOf(told);
    }
}
