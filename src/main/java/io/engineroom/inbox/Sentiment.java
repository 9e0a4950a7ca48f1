package io.engineroom.inbox;

/** PLACEHOLDER until helper-cls merges (theirs wins). */
public enum Sentiment { NEGATIVE, NEUTRAL, POSITIVE }
