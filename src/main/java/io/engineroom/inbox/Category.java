package io.engineroom.inbox;

/** PLACEHOLDER until helper-cls merges (theirs wins). */
public enum Category { QUESTION, COMPLAINT, PRAISE, LEAD, SPAM, OFFENSIVE }
