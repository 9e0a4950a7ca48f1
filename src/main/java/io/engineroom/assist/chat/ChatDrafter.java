package io.engineroom.assist.chat;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.FinishReason;
import io.engineroom.assist.AssistSettings;
import io.engineroom.assist.DraftUnavailable;
import io.engineroom.assist.SuggestionOutcome;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the OpenAI-compatible chat endpoint for one text. Every way of getting none (a time-out, an HTTP error, a
 * content filter, an empty answer, no connection) becomes a {@link DraftUnavailable} with a sentence for the person:
 * the form goes on without a draft. Nothing is retried: a person waiting at a form asks again if they want to. The
 * key goes into the request's header only; logs name the endpoint's status, never the key or the request.
 */
public class ChatDrafter {

    private static final Logger log = LoggerFactory.getLogger(ChatDrafter.class);

    private final AssistSettings.Chat settings;
    private final ChatModel model;

    public ChatDrafter(AssistSettings.Chat settings) {
        this.settings = settings;
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false);
        // Ollama and vLLM need no key; an empty bearer token would be refused by some of them
        if (!settings.apiKey().isBlank()) {
            builder.apiKey(settings.apiKey());
        }
        this.model = builder.build();
    }

    public ChatAnswer draft(ChatPrompt prompt) {
        ChatResponse response;
        try {
            response = model.chat(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()));
        } catch (RuntimeException problem) {
            throw unavailable(problem);
        }
        if (response.finishReason() == FinishReason.CONTENT_FILTER) {
            throw refused("The AI service's content filter stopped this draft: write it yourself.");
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw refused("The AI service gave no text this time: write it yourself or try again.");
        }
        return new ChatAnswer(text.strip(), response.modelName() == null ? settings.model() : response.modelName());
    }

    private DraftUnavailable unavailable(RuntimeException problem) {
        if (isTimeout(problem)) {
            log.warn("AI drafting: no answer from {} within {}", settings.baseUrl(), settings.timeout());
            return new DraftUnavailable(SuggestionOutcome.TIMED_OUT, "The AI service did not answer within "
                    + seconds(settings.timeout()) + ": write it yourself or try again later.");
        }
        if (problem instanceof ContentFilteredException) {
            return refused("The AI service's content filter stopped this draft: write it yourself.");
        }
        if (problem instanceof RateLimitException) {
            log.warn("AI drafting: {} answered 429 (rate limit)", settings.baseUrl());
            return refused("The AI service is busy (too many requests): try again in a minute.");
        }
        HttpException http = cause(problem, HttpException.class);
        if (http != null) {
            log.warn("AI drafting: {} answered HTTP {}", settings.baseUrl(), http.statusCode());
            return refused("The AI service refused the request (HTTP " + http.statusCode()
                    + "): write it yourself, or ask an admin to check the AI settings.");
        }
        log.warn("AI drafting: {} could not be reached ({})", settings.baseUrl(), problem.getClass().getSimpleName());
        return new DraftUnavailable(SuggestionOutcome.FAILED,
                "The AI service could not be reached: write it yourself or try again later.");
    }

    private static String seconds(java.time.Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() / 1000.0 + " s";
    }

    private static DraftUnavailable refused(String message) {
        return new DraftUnavailable(SuggestionOutcome.REFUSED, message);
    }

    private static boolean isTimeout(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof dev.langchain4j.exception.TimeoutException || cause instanceof HttpTimeoutException
                    || cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T cause(Throwable problem, Class<T> type) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
