package io.engineroom.inbox;

/**
 * Narrows the interaction queue; a null field means any.
 *
 * @param queue the SLA policy's queue (the group the Respond task is offered to), e.g. {@code community-manager}
 */
public record QueueFilter(String brandId, Long channelId, Sentiment sentiment, Category category,
        InteractionState state, String queue) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, null);

    public QueueFilter(String brandId, Long channelId, Sentiment sentiment, Category category,
            InteractionState state) {
        this(brandId, channelId, sentiment, category, state, null);
    }
}
