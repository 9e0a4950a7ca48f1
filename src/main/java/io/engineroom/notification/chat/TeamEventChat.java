package io.engineroom.notification.chat;

import io.engineroom.base.TeamEvent;
import io.engineroom.notification.outbox.NewDelivery;
import io.engineroom.notification.outbox.OutboxSettings;
import io.engineroom.notification.outbox.OutboxStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a brand's team chats about its events: every active chat target of the event's brand that chose the
 * event's type gets a message in its platform's format, put into the outbox in the transaction of the event's
 * cause (a synchronous listener), so a rolled-back cause tells no chat and the chat being down holds nobody up. An
 * event shared by all brands (brand null: a shared SOP changed) goes to every brand's chats that chose it.
 */
@Component
class TeamEventChat {

    private final ChatTargetStore targets;
    private final ChatMessages messages;
    private final OutboxStore outbox;
    private final OutboxSettings settings;
    private final Clock clock;

    TeamEventChat(ChatTargetStore targets, ChatMessages messages, OutboxStore outbox, OutboxSettings settings,
            Clock clock) {
        this.targets = targets;
        this.messages = messages;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void tellTheChats(TeamEvent event) {
        List<StoredTarget> listening = targets.listening(event.brandId(), event.type());
        if (listening.isEmpty()) {
            return;
        }
        // one id for the event in every chat's delivery, the same on every retry
        String eventId = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (StoredTarget target : listening) {
            outbox.enqueue(NewDelivery.chat(target.id(), target.brandId(), event.type().wireName(), eventId,
                    messages.forEvent(target.platform(), event, target.brandId()), now), settings.maxAttempts(), now);
        }
    }
}
