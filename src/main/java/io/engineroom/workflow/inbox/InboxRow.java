package io.engineroom.workflow.inbox;

import java.util.Date;
import java.util.Set;

/** One open user task as the inbox stores it. */
record InboxRow(String taskId, String tenantId, String processInstanceId, String businessKey,
        String processDefinitionKey, String sopName, String taskDefinitionKey, String taskName, String title,
        String assignee, Date createdAt, Date dueAt, int priority, Set<String> candidateGroups,
        Set<String> candidateUsers, Date remindedAt) {
}
