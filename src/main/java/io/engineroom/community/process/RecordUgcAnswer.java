package io.engineroom.community.process;

import static io.engineroom.community.CommunityVariables.ANSWER_URL;
import static io.engineroom.community.CommunityVariables.UGC_ANSWER;

import io.engineroom.community.UgcPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Record the author's answer" completed: yes or no and the link to the answer go on the permission's record,
 * with who recorded it. The gateway that follows reads that record, not the form's variable.
 */
@Component("recordUgcAnswer")
class RecordUgcAnswer implements TaskListener {

    private final UgcPermissions permissions;
    private final Completer completer;

    RecordUgcAnswer(UgcPermissions permissions, Completer completer) {
        this.permissions = permissions;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        permissions.recordAnswer(PermissionKey.of(task.getExecution()), UGC_ANSWER.get(task), ANSWER_URL.get(task),
                completer.of(task));
    }
}
