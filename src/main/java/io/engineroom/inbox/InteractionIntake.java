package io.engineroom.inbox;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes interactions in from a channel: each new one is queued, in one transaction per delivery, so when
 * {@link #accept} returns every interaction in it is durable, exactly once per (channel, platform id), and the
 * receipt names it. Classifying it (with the embedding "answered before" compares by) and starting its SOP happen
 * right after, off the caller's thread, in the intake's workers ({@link IntakeQueue}); the SLA counts from the time
 * of acceptance all the same. The caller has already checked that whoever delivers may speak for the channel.
 */
@Service
public class InteractionIntake {

    public static final String SOP_KEY = "interaction";
    public static final int MAX_BATCH = 500;

    private final ChannelService channels;
    private final BrandService brands;
    private final IntakeQueue queue;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InteractionIntake(ChannelService channels, BrandService brands, IntakeQueue queue,
            PlatformTransactionManager transactions, Clock clock) {
        this.channels = channels;
        this.brands = brands;
        this.queue = queue;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @throws InvalidInput when any interaction is malformed, or the channel's brand is archived (it takes no new
     *                      work): then nothing is stored
     */
    public IntakeReceipt accept(long channelId, List<IncomingInteraction> delivered) {
        ChannelSummary channel = channels.find(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        if (brands.isArchived(channel.brandId())) {
            throw new InvalidInput("channel", "The brand of channel " + channelId + " is archived: it takes no new "
                    + "interactions");
        }
        check(delivered);
        try {
            return transaction.execute(status -> store(channel, delivered));
        } catch (DataIntegrityViolationException sameDeliveryInParallel) {
            // another request stored one of these between our check and our insert: now they are all there
            return transaction.execute(status -> store(channel, delivered));
        }
    }

    private static void check(List<IncomingInteraction> delivered) {
        if (delivered == null || delivered.isEmpty()) {
            throw new InvalidInput("interactions", "Send at least one interaction");
        }
        if (delivered.size() > MAX_BATCH) {
            throw new InvalidInput("interactions", "At most " + MAX_BATCH + " interactions per delivery, not "
                    + delivered.size());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < delivered.size(); i++) {
            IncomingInteraction one = delivered.get(i);
            if (one == null) {
                problems.put("interactions[" + i + "]", "interactions[" + i + "] is empty");
            } else {
                problems.putAll(one.problems("interactions[" + i + "]."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /**
     * {@link #accept}, then classifies the new interactions and starts their SOPs before returning, through the
     * workers' own passes: for callers that go on with the interactions' tasks (the CSV import, the demo).
     */
    public IntakeReceipt acceptAndStart(long channelId, List<IncomingInteraction> delivered) {
        IntakeReceipt receipt = accept(channelId, delivered);
        startNow(receipt.entries().stream().filter(entry -> !entry.duplicate())
                .map(IntakeReceipt.Entry::interactionId).toList());
        return receipt;
    }

    /**
     * Classifies these queued interactions and starts their SOPs now, in the calling thread, through the workers'
     * own passes (those already started are done); for a caller that needs their tasks before it goes on.
     *
     * @throws IllegalStateException when one failed three times and was set aside, or a worker still holds one
     *                               after a minute
     */
    public void startNow(Collection<String> interactionIds) {
        queue.startNow(interactionIds);
    }

    /** Where one of the channel's interactions stands; empty when the channel has none of that id. */
    public Optional<IntakeStatus> status(long channelId, String interactionId) {
        return queue.status(channelId, interactionId);
    }

    /** {@link #startNow} for everything a channel has queued (that is not set aside). */
    public void startQueued(long channelId) {
        queue.startNow(queue.queuedOf(channelId));
    }

    private IntakeReceipt store(ChannelSummary channel, List<IncomingInteraction> delivered) {
        Set<String> externalIds = delivered.stream().map(IncomingInteraction::externalId).collect(Collectors.toSet());
        Map<String, String> known = new HashMap<>(queue.known(channel.id(), externalIds));
        // millisecond precision, like the engine's dates the SLA is computed in
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<IntakeReceipt.Entry> entries = new ArrayList<>();
        List<QueuedInteraction> queued = new ArrayList<>();
        for (IncomingInteraction incoming : delivered) {
            String existing = known.get(incoming.externalId());
            if (existing != null) {
                entries.add(new IntakeReceipt.Entry(incoming.externalId(), existing, true));
                continue;
            }
            String id = UUID.randomUUID().toString();
            queued.add(new QueuedInteraction(id, channel.brandId(), channel.id(), incoming, now));
            known.put(incoming.externalId(), id);
            entries.add(new IntakeReceipt.Entry(incoming.externalId(), id, false));
        }
        if (!queued.isEmpty()) {
            queue.add(queued);
        }
        return new IntakeReceipt(entries);
    }
}
