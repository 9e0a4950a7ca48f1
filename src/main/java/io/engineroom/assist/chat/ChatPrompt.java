package io.engineroom.assist.chat;

/**
 * What is sent to the model: the standing instructions and the task's material. Built from the brief, the thread and
 * the brand's own texts only, never from settings, tokens or keys, so it can be recorded and shown to auditors whole.
 */
public record ChatPrompt(String system, String user) {

    /** The prompt as it is recorded: both parts, marked. */
    public String recorded() {
        return "[system]\n" + system + "\n\n[user]\n" + user;
    }
}
