package io.engineroom.publishing;

/** What Engine Room may do on a platform about an interaction or its author, where the platform allows it. */
public enum ModerationAction {
    /** Hide the comment from everyone but its author and their friends (Facebook, Instagram, X replies). */
    HIDE,
    /** Delete the comment (on the brand's own posts), or the brand's own reply. */
    DELETE,
    /** Block the author's account from the brand's account. */
    BLOCK,
    /** Mute the author's account: the brand no longer hears from it. */
    MUTE
}
