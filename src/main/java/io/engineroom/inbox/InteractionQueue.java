package io.engineroom.inbox;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.workflow.BusinessKeyFilter;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.TaskInbox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The interaction inbox's queue: the {@code Respond} tasks the signed-in person sees (their groups, their brands,
 * from the task inbox read model, soonest SLA due first), each with its interaction, a page at a time. Filters on the
 * interaction (channel, sentiment, category, state) go into the task inbox's statement as a query over this module's
 * own {@code interaction} table ({@link BusinessKeyFilter}), so they apply before paging, not to a first batch.
 * While a read is in progress, this node's intake workers step aside ({@link InboxReaders}).
 */
@Service
public class InteractionQueue {

    public static final String RESPOND_TASK = "Respond";
    /** A screenful of work many times over: what {@link #queue} returns at most. */
    public static final int MAX_TASKS = 1000;
    private static final String BUSINESS_KEY_PREFIX = "interaction:";

    private final TaskInbox tasks;
    private final InteractionSummaries summaries;
    private final InboxAccess access;
    private final InboxReaders readers;

    InteractionQueue(TaskInbox tasks, InteractionSummaries summaries, InboxAccess access, InboxReaders readers) {
        this.tasks = tasks;
        this.summaries = summaries;
        this.access = access;
        this.readers = readers;
    }

    /** The first {@value #MAX_TASKS} of the queue. */
    public List<QueueEntry> queue(QueueFilter filter) {
        return page(filter, 0, MAX_TASKS);
    }

    /**
     * Rows {@code offset} to {@code offset + limit} of the queue, the filter applied before paging. Not in a
     * transaction: each statement reads what is committed when it runs, as it would in one (PostgreSQL's read
     * committed), and a task whose interaction is not there any more is left out either way; a transaction would add a
     * round trip to the database (its commit) and an entity manager to every read.
     */
    public List<QueueEntry> page(QueueFilter filter, int offset, int limit) {
        var me = access.requireInboxUser();
        if (filter.brandId() != null && !me.belongsTo(filter.brandId())) {
            return List.of();
        }
        try (InboxReaders.Read read = readers.reading()) {
            return page(me, filter, offset, limit);
        }
    }

    private List<QueueEntry> page(EngineRoomUser me, QueueFilter filter, int offset, int limit) {
        List<InboxEntry> open = tasks.openTasks(InteractionIntake.SOP_KEY, RESPOND_TASK, filter.brandId(),
                keys(filter), offset, limit);
        List<String> ids = open.stream().map(task -> interactionId(task.businessKey())).filter(id -> id != null)
                .toList();
        Map<String, InteractionSummary> byId = summaries.byId(ids);
        List<QueueEntry> queue = new ArrayList<>();
        for (InboxEntry task : open) {
            InteractionSummary interaction = byId.get(interactionId(task.businessKey()));
            // the task's brand is the interaction's; checked again, as a row of another brand must never show
            if (interaction != null && me.belongsTo(interaction.brandId())) {
                queue.add(new QueueEntry(task.taskId(), task.due(), task.assignee(), interaction, task.remindedAt()));
            }
        }
        return queue;
    }

    /**
     * How many wait in the queue, counted no further than {@code cap}: the screen shows "1 000+" past it, as an
     * exact count at 100 000 open interactions costs far more than the page itself. Not in a transaction: its one
     * statement (two with a filter) needs none, and a transaction's commit is one more round trip to the database.
     */
    public long countUpTo(QueueFilter filter, int cap) {
        var me = access.requireInboxUser();
        if (filter.brandId() != null && !me.belongsTo(filter.brandId())) {
            return 0;
        }
        try (InboxReaders.Read read = readers.reading()) {
            return tasks.countOpenTasksUpTo(InteractionIntake.SOP_KEY, RESPOND_TASK, filter.brandId(), keys(filter),
                    cap);
        }
    }

    /**
     * The interactions the filter admits, as a query over this module's own table; null without an interaction
     * filter, so the unfiltered queue is one walk along the task inbox's due index.
     */
    static BusinessKeyFilter keys(QueueFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        condition(where, parameters, "channel_id", "key_channel", filter.channelId());
        condition(where, parameters, "sentiment", "key_sentiment", name(filter.sentiment()));
        condition(where, parameters, "category", "key_category", name(filter.category()));
        condition(where, parameters, "state", "key_state", name(filter.state()));
        return parameters.isEmpty() ? null
                : new BusinessKeyFilter(BUSINESS_KEY_PREFIX, "select x.id from interaction x where " + where,
                        parameters);
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String column, String name,
            Object value) {
        if (value != null) {
            where.append(parameters.isEmpty() ? "" : " and ").append("x.").append(column).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String interactionId(String businessKey) {
        return businessKey != null && businessKey.startsWith(BUSINESS_KEY_PREFIX)
                ? businessKey.substring(BUSINESS_KEY_PREFIX.length()) : null;
    }
}
