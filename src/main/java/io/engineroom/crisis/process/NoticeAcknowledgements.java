package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.NOTICE_ID;

import io.engineroom.identity.EngineIdentity;
import io.engineroom.notification.NoticeAcknowledged;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A crisis notice acknowledged in the app's notifications (or by following the e-mail's link) completes its
 * "Acknowledge the crisis notice" task, in the same transaction: one acknowledgement, whichever way it came.
 */
@Component
class NoticeAcknowledgements {

    private final TaskService taskService;
    private final EngineIdentity engineIdentity;

    NoticeAcknowledgements(TaskService taskService, EngineIdentity engineIdentity) {
        this.taskService = taskService;
        this.engineIdentity = engineIdentity;
    }

    @EventListener
    public void onAcknowledged(NoticeAcknowledged acknowledged) {
        if (acknowledged.topic() == null || !acknowledged.topic().startsWith("incident:")) {
            return;
        }
        if (Context.getCommandContext() != null) {
            // the task's own completion acknowledged the notice (AcknowledgeNotice): it is on its way out already,
            // and completing it again from inside would fail the person's completion
            return;
        }
        engineIdentity.asSystem(() -> {
            Task task = taskService.createTaskQuery().taskDefinitionKey("AcknowledgeNotice")
                    .taskVariableValueEquals(NOTICE_ID.name(), acknowledged.noticeId()).singleResult();
            if (task != null && acknowledged.userId().equals(task.getAssignee())) {
                taskService.complete(task.getId());
            }
            return null;
        });
    }
}
