package io.engineroom.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches Engine Room's own listeners to every user task of every SOP as it is parsed, so no model has to
 * declare them. They are built-in listeners: they run even when custom listeners are skipped (migration,
 * modification), which the inbox read model needs to stay in step.
 */
class GlobalTaskListeners extends AbstractBpmnParseListener {

    private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final List<TaskListener> listeners;

    GlobalTaskListeners(List<TaskListener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (TaskListener listener : listeners) {
            EVENTS.forEach(event -> definition.addBuiltInTaskListener(event, listener));
        }
    }
}
