package io.engineroom.assist.process;

import io.engineroom.assist.SuggestionKind;
import io.engineroom.assist.SuggestionOutcomes;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hears the completion of the tasks that offer a draft ("Write copy", "Respond") in every version of their SOP, so
 * the suggestions' record gets what the person submitted. A built-in listener, added as the model is parsed: no SOP
 * has to declare it, and an SOP owner cannot leave it out.
 */
@Component
class AssistEnginePlugin extends AbstractProcessEnginePlugin {

    // the outcomes service uses the database the engine is being built on: fetched at the first completion
    private final ObjectProvider<SuggestionOutcomes> outcomes;

    AssistEnginePlugin(ObjectProvider<SuggestionOutcomes> outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String sopKey = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        ? definition.getKey() : null;
                for (SuggestionKind kind : SuggestionKind.values()) {
                    if (kind.sopKey().equals(sopKey) && kind.taskKey().equals(activity.getId())) {
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                                .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completed(kind));
                    }
                }
            }
        });
    }

    private TaskListener completed(SuggestionKind kind) {
        return (DelegateTask task) -> {
            Object submitted = task.getVariable(kind.fieldKey());
            outcomes.getObject().taskCompleted(task.getId(), submitted instanceof String text ? text : null,
                    task.getAssignee());
        };
    }
}
