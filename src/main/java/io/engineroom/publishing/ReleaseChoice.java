package io.engineroom.publishing;

/** What happens to the posts held by a freeze when it is released. */
public enum ReleaseChoice {
    /** They go out as planned, oldest publish time first. */
    PUBLISH_IN_ORDER,
    /** Each goes back to review first: what was fine before the crisis may not be now. */
    BACK_TO_REVIEW
}
