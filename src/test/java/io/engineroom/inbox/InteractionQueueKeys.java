package io.engineroom.inbox;

import io.engineroom.workflow.BusinessKeyFilter;

/** The interaction filter's key query exactly as {@link InteractionQueue} sends it (for the benchmark's plans). */
public final class InteractionQueueKeys {

    private InteractionQueueKeys() {
    }

    public static BusinessKeyFilter of(QueueFilter filter) {
        return InteractionQueue.keys(filter);
    }
}
