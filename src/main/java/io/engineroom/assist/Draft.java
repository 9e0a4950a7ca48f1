package io.engineroom.assist;

/**
 * A suggestion the person got: its text to start from, and the recorded suggestion it came with.
 *
 * @param model the model that wrote it, as the endpoint named it
 */
public record Draft(long suggestionId, String text, String model) {
}
