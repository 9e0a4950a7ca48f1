package io.engineroom.assist.chat;

/** The model's text, and the model that wrote it as the endpoint named it. */
public record ChatAnswer(String text, String model) {
}
