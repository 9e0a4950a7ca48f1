package io.engineroom.community.process;

import static io.engineroom.community.CommunityVariables.REQUEST_TEXT;
import static io.engineroom.community.CommunityVariables.REQUEST_URL;

import io.engineroom.community.UgcPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Ask the author" completed: the request sent and its link go on the permission's record, with who sent it. */
@Component("recordUgcRequest")
class RecordUgcRequest implements TaskListener {

    private final UgcPermissions permissions;
    private final Completer completer;

    RecordUgcRequest(UgcPermissions permissions, Completer completer) {
        this.permissions = permissions;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        permissions.recordAsked(PermissionKey.of(task.getExecution()), REQUEST_TEXT.get(task),
                REQUEST_URL.get(task), completer.of(task));
    }
}
