package io.engineroom.inbox;

import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.TaskInbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction inbox's queue: the {@code Respond} tasks the signed-in person sees (their groups, their brands,
 * from the task inbox read model, soonest SLA due first), each with its interaction. Filters on the interaction
 * (channel, sentiment, category, state) apply to the {@value #MAX_TASKS} soonest due.
 */
@Service
public class InteractionQueue {

    public static final String RESPOND_TASK = "Respond";
    /** A screenful of work many times over; the queue is worked from the top. */
    public static final int MAX_TASKS = 1000;
    private static final String BUSINESS_KEY_PREFIX = "interaction:";

    private final TaskInbox tasks;
    private final InteractionRepository interactions;
    private final InteractionSummaries summaries;
    private final InboxAccess access;

    InteractionQueue(TaskInbox tasks, InteractionRepository interactions, InteractionSummaries summaries,
            InboxAccess access) {
        this.tasks = tasks;
        this.interactions = interactions;
        this.summaries = summaries;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<QueueEntry> queue(QueueFilter filter) {
        var me = access.requireInboxUser();
        if (filter.brandId() != null && !me.belongsTo(filter.brandId())) {
            return List.of();
        }
        List<InboxEntry> open = tasks.openTasks(InteractionIntake.SOP_KEY, RESPOND_TASK, filter.brandId(), MAX_TASKS);
        List<String> ids = open.stream().map(task -> interactionId(task.businessKey())).filter(id -> id != null)
                .toList();
        Map<String, Interaction> byId = interactions.findAllById(ids).stream()
                .collect(Collectors.toMap(Interaction::getId, Function.identity()));
        InteractionSummaries.Converter converter = summaries.converter();
        List<QueueEntry> queue = new ArrayList<>();
        for (InboxEntry task : open) {
            Interaction interaction = byId.get(interactionId(task.businessKey()));
            if (interaction != null && me.belongsTo(interaction.getBrandId()) && matches(interaction, filter)) {
                queue.add(new QueueEntry(task.taskId(), task.due(), task.assignee(), converter.of(interaction),
                        task.remindedAt()));
            }
        }
        return queue;
    }

    private static boolean matches(Interaction interaction, QueueFilter filter) {
        return (filter.channelId() == null || filter.channelId() == interaction.getChannelId())
                && (filter.sentiment() == null || filter.sentiment() == interaction.getSentiment())
                && (filter.category() == null || filter.category() == interaction.getCategory())
                && (filter.state() == null || filter.state() == interaction.getState());
    }

    static String interactionId(String businessKey) {
        return businessKey != null && businessKey.startsWith(BUSINESS_KEY_PREFIX)
                ? businessKey.substring(BUSINESS_KEY_PREFIX.length()) : null;
    }
}
