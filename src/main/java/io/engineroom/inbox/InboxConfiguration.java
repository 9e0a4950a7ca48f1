package io.engineroom.inbox;

import io.engineroom.inbox.web.IntakeRateLimitSettings;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Hands the intake's rate limits of {@link InboxSettings} to the limiter, which needs only them; the threads that
 * read the intake backlog again; and makes the one sentence embedding model every reader of meaning shares (loading
 * it takes a moment, so once per application).
 */
@Configuration
class InboxConfiguration {

    @Bean
    IntakeRateLimitSettings intakeRateLimitSettings(InboxSettings settings) {
        return settings.intake().rateLimit();
    }

    /**
     * Where {@link IntakeBacklog} reads a channel's backlog again once its reading is stale, off the delivery's
     * thread: two threads, a short queue, and past that the delivery reads it itself rather than being refused.
     */
    @Bean
    Executor intakeBacklogReader() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("intake-backlog-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }

    @Bean
    SentenceEmbeddings sentenceEmbeddings() {
        return new SentenceEmbeddings();
    }
}
