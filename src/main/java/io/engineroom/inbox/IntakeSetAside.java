package io.engineroom.inbox;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.inbox.domain.InteractionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does with the intake queue's rows set aside after failing {@link IntakeQueueStore#MAX_ATTEMPTS}
 * times ({@code intake_queue.parked_at}, V56): look at them with their errors, put them back in the queue once the
 * cause is fixed (one row, or all of a channel's), or discard one that will never go through, with a reason. Every
 * change is recorded as an {@link AdminChange} in its own transaction, like a channel's backlog bound
 * ({@link IntakeBacklog#bound}). Admins only: the rows belong to every brand.
 *
 * <p>A row tried again has its attempts counted from zero and is taken by the next worker pass, on this node at once
 * (its workers are woken when the change commits), on the others at their next poll. Its last error stays on the
 * row meanwhile: it is the only trace of why the row was set aside while it waits again, and it goes with the row
 * when its SOP starts, or is replaced by the next failure's.
 *
 * <p>A discarded row leaves the queue. If it had been classified already (it failed starting its SOP), its stored
 * interaction stays (spike detection and integrations have seen it; records are not deleted) and is closed, so it
 * waits for nobody's response; it then never has an SOP. A row discarded before being classified leaves nothing but
 * the audit record: a sender delivering it again is taken as a new delivery.
 */
@Service
public class IntakeSetAside {

    /** At most this many of a channel's rows set aside are listed (they are tried again all together anyway). */
    public static final int LISTED = 200;
    /** A discard's reason is kept in the audit trail; this is enough to say why. */
    public static final int MAX_REASON = 1000;
    /** At most this many interaction ids are named in the record of trying a channel's rows again. */
    static final int IDS_RECORDED = 100;

    private final IntakeQueueStore store;
    private final IntakeQueue queue;
    private final InteractionRepository interactions;
    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeSetAside(IntakeQueueStore store, IntakeQueue queue, InteractionRepository interactions,
            ChannelService channels, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.interactions = interactions;
        this.channels = channels;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One row set aside.
     *
     * @param attempts   how many times it failed
     * @param lastError  the stage and the error of its last failure
     * @param classified whether it failed starting its SOP (its interaction is stored) rather than being classified
     */
    public record SetAsideInteraction(String interactionId, String brandId, long channelId, String externalId,
            String authorHandle, String text, Instant receivedAt, Instant setAsideAt, int attempts, String lastError,
            boolean classified) {
    }

    /**
     * The channel's rows set aside, longest set aside first (at most {@link #LISTED}).
     *
     * @throws AccessDeniedException for anyone but an admin
     */
    @Transactional(readOnly = true)
    public List<SetAsideInteraction> of(long channelId) {
        requireAdmin();
        return store.setAsideOf(channelId, LISTED);
    }

    /**
     * Puts one row set aside back in the queue: the workers take it again.
     *
     * @throws AccessDeniedException for anyone but an admin
     * @throws NotFound when it is not (or no longer) set aside
     */
    @Transactional
    public void tryAgain(String interactionId) {
        EngineRoomUser admin = requireAdmin();
        SetAsideInteraction row = store.lockSetAside(interactionId).orElseThrow(() -> notSetAside(interactionId));
        store.tryAgain(List.of(interactionId));
        ChannelSummary channel = channel(row.channelId());
        events.publishEvent(new AdminChange("channel", channel.label(), channel.brandId(),
                "intake interaction tried again", admin.id(), clock.instant(), Map.of("Set aside", described(row)),
                Map.of("Set aside", "no: queued again")));
        queue.wakeWorkersAfterCommit();
    }

    /**
     * Puts every row of the channel set aside back in the queue.
     *
     * @return how many
     * @throws AccessDeniedException for anyone but an admin
     * @throws NotFound for a channel that does not exist
     */
    @Transactional
    public int tryAgainAll(long channelId) {
        EngineRoomUser admin = requireAdmin();
        ChannelSummary channel = channel(channelId);
        List<String> ids = store.lockSetAsideOf(channelId).stream().map(SetAsideInteraction::interactionId).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        int again = store.tryAgain(ids);
        String named = String.join(", ", ids.subList(0, Math.min(ids.size(), IDS_RECORDED)))
                + (ids.size() > IDS_RECORDED ? " and " + (ids.size() - IDS_RECORDED) + " more" : "");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Set aside", "none: " + again + " queued again");
        after.put("Interactions", named);
        events.publishEvent(new AdminChange("channel", channel.label(), channel.brandId(),
                "intake interactions tried again", admin.id(), clock.instant(),
                Map.of("Set aside", String.format(Locale.ROOT, "%,d", ids.size())), after));
        queue.wakeWorkersAfterCommit();
        return again;
    }

    /**
     * Takes a row set aside out of the queue for good, with the reason recorded; an interaction already stored for
     * it is closed without an SOP.
     *
     * @throws AccessDeniedException for anyone but an admin
     * @throws InvalidInput without a reason, or one longer than {@link #MAX_REASON}
     * @throws NotFound when it is not (or no longer) set aside
     */
    @Transactional
    public void discard(String interactionId, String reason) {
        EngineRoomUser admin = requireAdmin();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInput("reason", "Say why this interaction is discarded: the audit trail keeps it");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInput("reason", "A reason is at most " + MAX_REASON + " characters");
        }
        SetAsideInteraction row = store.lockSetAside(interactionId).orElseThrow(() -> notSetAside(interactionId));
        store.discard(interactionId);
        Instant now = clock.instant();
        boolean closed = row.classified() && interactions.findById(interactionId).map(stored -> {
            stored.resolve(InteractionState.CLOSED, now);
            return true;
        }).orElse(false);
        ChannelSummary channel = channel(row.channelId());
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Set aside", closed ? "discarded; its stored interaction closed without an SOP" : "discarded");
        after.put("Reason", why);
        events.publishEvent(new AdminChange("channel", channel.label(), channel.brandId(),
                "intake interaction discarded", admin.id(), now, Map.of("Set aside", described(row)), after));
    }

    private static String described(SetAsideInteraction row) {
        return String.format(Locale.ROOT, "interaction %s (external id %s) after %d attempts: %s", row.interactionId(),
                row.externalId(), row.attempts(), row.lastError() == null ? "no error recorded" : row.lastError());
    }

    private ChannelSummary channel(long channelId) {
        return channels.find(channelId).orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
    }

    private static NotFound notSetAside(String interactionId) {
        return new NotFound("interaction", "Interaction " + interactionId + " is not set aside (any more)");
    }

    private EngineRoomUser requireAdmin() {
        return currentUser.requireRole(Role.ADMIN, "Rows set aside by the intake are for admins");
    }
}
