package io.engineroom.inbox;

/** What arrived: a comment under a post, a direct message, a mention of the brand's account, or a review. */
public enum InteractionKind {
    COMMENT, DIRECT_MESSAGE, MENTION, REVIEW
}
