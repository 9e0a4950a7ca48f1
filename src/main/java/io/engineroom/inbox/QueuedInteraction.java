package io.engineroom.inbox;

import java.time.Instant;

/**
 * An interaction acknowledged to its sender and waiting in the intake queue: its id is assigned at acceptance (the
 * receipt names it), its receipt time is the SLA's start, whenever a worker gets to it.
 */
record QueuedInteraction(String interactionId, String brandId, long channelId, IncomingInteraction incoming,
        Instant receivedAt) {
}
