package io.engineroom.assist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.assist.*}: AI drafting. Off while the chat endpoint's address is empty, so nothing leaves the
 * building unless an admin chose an endpoint.
 *
 * @param chat the OpenAI-compatible chat endpoint ({@code engineroom.assist.chat.*})
 */
@Validated
@ConfigurationProperties("engineroom.assist")
public record AssistSettings(@DefaultValue @Valid @NestedConfigurationProperty Chat chat) {

    /** Whether drafting is offered at all. */
    public boolean enabled() {
        return chat.baseUrl() != null && !chat.baseUrl().isBlank();
    }

    /**
     * One OpenAI-compatible chat endpoint: Ollama ({@code http://localhost:11434/v1}), vLLM or a hosted API.
     *
     * @param baseUrl the API's base address (up to {@code /v1}); empty: drafting off
     * @param model   the model name the endpoint knows
     * @param apiKey  sent as a bearer token; never logged, never shown, never part of a prompt
     * @param timeout how long a person waits for a draft before they are told to write it themselves
     */
    public record Chat(@DefaultValue("") String baseUrl, @DefaultValue("") String model,
            @DefaultValue("") String apiKey, @DefaultValue("20s") @NotNull Duration timeout) {

        /** Leaves the key out, so a settings dump or an error message cannot show it. */
        @Override
        public String toString() {
            return "Chat[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey.isBlank() ? "" : "***")
                    + ", timeout=" + timeout + "]";
        }
    }
}
