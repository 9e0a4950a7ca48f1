package io.engineroom.inbox;

import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;
import static io.engineroom.inbox.InteractionHandlingVariables.INTERACTION_ID;
import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_TEXT;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONSE_NOTE;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskInbox;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What a person decides in an interaction's {@code Respond} task, from the inbox: reply, moderate, hand off to
 * support, raise a crisis, or no response needed. Each completes the task through the task inbox (claiming it on
 * the way), so the SOP does the rest: its {@code SendReply} step sends the reply through the channel.
 */
@Service
public class InteractionResponses {

    public static final int MAX_NOTE = 2000;
    /** The interaction SOP's limit for any reply, whatever the platform allows. */
    public static final int MAX_REPLY = 5000;

    private final TaskInbox tasks;
    private final InboxAccess access;
    private final ChannelService channels;

    InteractionResponses(TaskInbox tasks, InboxAccess access, ChannelService channels) {
        this.tasks = tasks;
        this.access = access;
        this.channels = channels;
    }

    /**
     * Replies with this text: it must fit the channel's platform.
     *
     * @throws InvalidInput on field {@code replyText} when it is empty or too long
     * @throws TaskActionException when the task is gone or someone else's
     */
    public void reply(String taskId, String text) {
        Interaction interaction = respondTask(taskId);
        ChannelSummary channel = channels.find(interaction.getChannelId())
                .orElseThrow(() -> new NotFound("channel", "No channel " + interaction.getChannelId()));
        List<String> problems = new java.util.ArrayList<>(channel.platform().problems(text == null ? "" : text));
        if (problems.isEmpty() && text.length() > MAX_REPLY) {
            problems.add("A reply has at most " + MAX_REPLY + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(REPLY_TEXT.name(), String.join("; ", problems));
        }
        complete(taskId, REPLY_TEXT.put(answer("reply"), text));
    }

    public void moderate(String taskId, Moderation moderation) {
        if (moderation == null) {
            throw new InvalidInput(MODERATION.name(), "Choose hide, delete, spam, block or mute");
        }
        respondTask(taskId);
        complete(taskId, MODERATION.put(answer("moderate"), moderation.variable()));
    }

    public void handOff(String taskId, String note) {
        closeWith(taskId, "handoff", note);
    }

    public void raiseCrisis(String taskId, String note) {
        closeWith(taskId, "crisis", note);
    }

    public void noResponse(String taskId, String note) {
        closeWith(taskId, "none", note);
    }

    /** Marks each as spam; one row's failure does not stop the others. */
    public List<RowResult> markSpam(List<String> taskIds) {
        access.requireInboxUser();
        List<RowResult> results = new ArrayList<>();
        for (String taskId : taskIds) {
            results.add(attempt(taskId, () -> moderate(taskId, Moderation.SPAM)));
        }
        return results;
    }

    /** Who the task may be given to (its queue's members in its brand). */
    public List<String> assignees(String taskId) {
        respondTask(taskId);
        return tasks.assignees(taskId);
    }

    /** Gives each task to the person; one row's failure does not stop the others. */
    public List<RowResult> assign(List<String> taskIds, String userId) {
        access.requireInboxUser();
        List<RowResult> results = new ArrayList<>();
        for (String taskId : taskIds) {
            results.add(attempt(taskId, () -> {
                respondTask(taskId);
                tasks.assign(taskId, userId);
            }));
        }
        return results;
    }

    private void closeWith(String taskId, String action, String note) {
        if (note == null || note.isBlank()) {
            // the SOP asks why: for support, for the crisis team, or why no response is needed
            throw new InvalidInput(RESPONSE_NOTE.name(),
                    "Say why (for support, for the crisis team, or why no response)");
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidInput(RESPONSE_NOTE.name(), "At most " + MAX_NOTE + " characters");
        }
        respondTask(taskId);
        complete(taskId, RESPONSE_NOTE.put(answer(action), note.strip()));
    }

    /** The Respond form's answer: this action, with what it needs added by the caller. */
    private static VariableMap answer(String action) {
        return ACTION.put(Variables.createVariables(), action);
    }

    private void complete(String taskId, Map<String, Object> values) {
        tasks.complete(taskId, values, ZoneId.systemDefault());
    }

    /** The interaction of an open Respond task the person sees, in a brand of theirs. */
    private Interaction respondTask(String taskId) {
        access.requireInboxUser();
        TaskDetails task = tasks.open(taskId);
        if (!InteractionIntake.SOP_KEY.equals(task.task().sopKey())
                || !InteractionQueue.RESPOND_TASK.equals(task.taskKey())) {
            throw new TaskActionException("This is not an interaction's Respond task");
        }
        return access.interaction(INTERACTION_ID.from(task.variables()));
    }

    private static RowResult attempt(String taskId, Runnable action) {
        try {
            action.run();
            return RowResult.ok(taskId);
        } catch (TaskActionException | InvalidInput | AccessDeniedException refused) {
            return RowResult.failed(taskId, refused.getMessage());
        }
    }
}
