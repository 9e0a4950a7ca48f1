package io.engineroom.community.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who completes a task, for the record ("sent by", "answered by"): the person signed in to the engine while
 * completing it (Engine Room's task page signs them in and claims the task for them), else the task's assignee.
 * Never a form field, which anyone completing the task could fill with someone else's name.
 */
@Component
class Completer {

    private final IdentityService identityService;

    Completer(IdentityService identityService) {
        this.identityService = identityService;
    }

    String of(DelegateTask task) {
        Authentication signedIn = identityService.getCurrentAuthentication();
        if (signedIn != null && signedIn.getUserId() != null) {
            return signedIn.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new IllegalStateException("Task " + task.getId() + " was completed by no one known");
    }
}
