package io.engineroom.workflow;

import io.engineroom.workflow.forms.FormSchema;
import java.util.List;
import java.util.Map;

/**
 * Everything the task page shows: the task, its form with current values, and the instance's earlier steps.
 *
 * @param taskKey the task's id in the SOP model (e.g. {@code ReviewCopy}), stable across versions of the model
 */
public record TaskDetails(InboxEntry task, String taskKey, boolean assignedToMe, boolean claimable, FormSchema form,
        Map<String, Object> variables, List<TaskStep> steps) {
}
