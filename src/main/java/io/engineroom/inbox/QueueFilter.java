package io.engineroom.inbox;

/** Narrows the interaction queue; a null field means any. */
public record QueueFilter(String brandId, Long channelId, Sentiment sentiment, Category category,
        InteractionState state) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, null);
}
